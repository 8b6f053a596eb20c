using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SegRules.Engine.Present;
using SegRules.Engine.Replay;

namespace SegRules.Host.Output;

/// <summary>
/// Writes <c>replay --format json</c> (a <see cref="ReplayView"/>) as the replay goes: each record is
/// printed as soon as it is replayed, and the summary once all are, so a replay of any number of
/// records streams through a fixed amount of memory.
/// </summary>
public sealed class ReplayJsonWriter : IDisposable
{
    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>Opens the view on <paramref name="output"/>: <paramref name="mode"/> and <paramref name="version"/> as in <see cref="ReplayView"/>.</summary>
    public ReplayJsonWriter(TextWriter output, string mode, string? version)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteString("mode", mode);
        _json.WriteString("version", version);
        _json.WriteStartArray("records");
    }

    /// <summary>Writes and prints one record.</summary>
    public void Add(RecordReplay replay)
    {
        JsonSerializer.Serialize(_json, ReplayRecordView.Of(replay), ViewJson.Options);
        Drain();
    }

    /// <summary>Closes the records and writes <paramref name="summary"/>.</summary>
    public void Finish(DriftSummary summary)
    {
        _json.WriteEndArray();
        _json.WritePropertyName("summary");
        JsonSerializer.Serialize(_json, ReplaySummaryView.Of(summary), ViewJson.Options);
        _json.WriteEndObject();
        Drain();
        _output.WriteLine();
    }

    /// <inheritdoc />
    public void Dispose()
    {
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
