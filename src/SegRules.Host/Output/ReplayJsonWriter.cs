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
    private readonly PrintedJson _printed;

    /// <summary>Opens the view on <paramref name="output"/>: <paramref name="mode"/> and <paramref name="version"/> as in <see cref="ReplayView"/>.</summary>
    public ReplayJsonWriter(TextWriter output, string mode, string? version)
    {
        _printed = new PrintedJson(output);
        var json = _printed.Json;
        json.WriteStartObject();
        json.WriteString("mode", mode);
        json.WriteString("version", version);
        json.WriteStartArray("records");
    }

    /// <summary>Writes and prints one record.</summary>
    public void Add(RecordReplay replay)
    {
        JsonSerializer.Serialize(_printed.Json, ReplayRecordView.Of(replay), ViewJson.Options);
        _printed.Print();
    }

    /// <summary>Closes the records and writes <paramref name="summary"/>.</summary>
    public void Finish(DriftSummary summary)
    {
        var json = _printed.Json;
        json.WriteEndArray();
        json.WritePropertyName("summary");
        JsonSerializer.Serialize(json, ReplaySummaryView.Of(summary), ViewJson.Options);
        json.WriteEndObject();
        _printed.End();
    }

    /// <inheritdoc />
    public void Dispose() => _printed.Dispose();
}
