using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SegRules.Host.Output;

/// <summary>
/// Writes a JSON list one item at a time, each printed as soon as it is written, so a list of any
/// length streams through a fixed amount of memory. The list is closed when disposed.
/// </summary>
public sealed class JsonListWriter : IDisposable
{
    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>Opens the list on <paramref name="output"/>.</summary>
    public JsonListWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartArray();
    }

    /// <summary>Writes one item with <paramref name="write"/> and prints it.</summary>
    public void Add(Action<Utf8JsonWriter> write)
    {
        write(_json);
        Drain();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.WriteEndArray();
        Drain();
        _output.WriteLine();
        _json.Dispose();
        _buffer.Dispose();
    }

    private void Drain()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }
}
