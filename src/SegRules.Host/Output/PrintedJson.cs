using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SegRules.Host.Output;

/// <summary>
/// A JSON writer whose output is printed piece by piece: what is written is buffered until
/// <see cref="Print"/>, then written to the output and forgotten, so a document of any length
/// streams through a fixed amount of memory.
/// </summary>
public sealed class PrintedJson : IDisposable
{
    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();

    /// <summary>Starts a document on <paramref name="output"/>, indented and escaped as every JSON SegRules prints.</summary>
    public PrintedJson(TextWriter output)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The writer to write the document with.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Prints what was written since the last time.</summary>
    public void Print()
    {
        Json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }

    /// <summary>Prints the rest and a line end.</summary>
    public void End()
    {
        Print();
        _output.WriteLine();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Json.Dispose();
        _buffer.Dispose();
    }
}
