using System.Text.Json;

namespace SegRules.Host.Output;

/// <summary>
/// Writes a JSON list one item at a time, each printed as soon as it is written, so a list of any
/// length streams through a fixed amount of memory. The list is closed when disposed.
/// </summary>
public sealed class JsonListWriter : IDisposable
{
    private readonly PrintedJson _printed;

    /// <summary>Opens the list on <paramref name="output"/>.</summary>
    public JsonListWriter(TextWriter output)
    {
        _printed = new PrintedJson(output);
        _printed.Json.WriteStartArray();
    }

    /// <summary>Writes one item with <paramref name="write"/> and prints it.</summary>
    public void Add(Action<Utf8JsonWriter> write)
    {
        write(_printed.Json);
        _printed.Print();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _printed.Json.WriteEndArray();
        _printed.End();
        _printed.Dispose();
    }
}
