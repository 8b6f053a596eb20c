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

    // What was written goes out through one reused block of characters: an item of a batch's list is
    // tens of kilobytes, and a string of it per item would be a large object for the collector each time.
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly char[] _chars = new char[8192];

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
        ReadOnlySpan<byte> written = _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
        while (!written.IsEmpty)
        {
            _decoder.Convert(written, _chars, flush: false, out var bytesUsed, out var charsUsed, out _);
            _output.Write(_chars, 0, charsUsed);
            written = written[bytesUsed..];
        }

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
