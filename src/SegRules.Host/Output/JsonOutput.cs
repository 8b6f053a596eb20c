using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SegRules.Host.Output;

/// <summary>Writes indented JSON to a text writer; decimals are written exactly.</summary>
public static class JsonOutput
{
    /// <summary>Runs <paramref name="write"/> on a JSON writer and prints what it wrote.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes <paramref name="values"/> as the array-of-strings property <paramref name="name"/>.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes <paramref name="value"/> as the number property <paramref name="name"/>, or null.</summary>
    public static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
