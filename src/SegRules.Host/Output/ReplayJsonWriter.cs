using System.Text.Json;
using SegRules.Engine.Replay;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>
/// Prints a replay as one JSON object: what it was replayed on, one object per record (status
/// <c>same</c>, <c>differs</c> or <c>failed</c>, the lines and findings that differ, notes, problems)
/// and the summary: the counts and each distinct change (<c>changes</c>, the most common first).
/// </summary>
public static class ReplayJsonWriter
{
    /// <summary>Writes <paramref name="replays"/>; <paramref name="version"/> is the version asked for (null: as stored, or by date).</summary>
    public static void Write(IReadOnlyList<RecordReplay> replays, DriftSummary summary, bool asStored, string? version, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("mode", asStored ? "as-stored" : version is null ? "in-force" : "version");
        json.WriteString("version", version);
        json.WriteStartArray("records");
        foreach (var replay in replays)
        {
            json.WriteStartObject();
            json.WriteNumber("id", replay.Record.Id);
            json.WriteString("asOf", replay.Record.AsOf);
            json.WriteString("firm", replay.Record.Firm);
            json.WriteString("storedVersion", replay.Record.Version);
            json.WriteString("replayedVersion", replay.Version);
            json.WriteString("status", replay.Failed ? "failed" : replay.Differs ? "differs" : "same");
            json.WriteStartArray("lines");
            foreach (var line in replay.Lines)
            {
                json.WriteStartObject();
                json.WriteString("key", line.Key);
                JsonOutput.Number(json, "stored", line.Stored);
                JsonOutput.Number(json, "replayed", line.Replayed);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in replay.Findings)
            {
                json.WriteStartObject();
                json.WriteString("check", finding.Check);
                Finding(json, "stored", finding.Stored);
                Finding(json, "replayed", finding.Replayed);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonOutput.Strings(json, "notes", replay.Notes);
            JsonOutput.Strings(json, "problems", replay.Problems.Select(p => p.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("records", summary.Records);
        json.WriteNumber("same", summary.Same);
        json.WriteNumber("differ", summary.Differ);
        json.WriteNumber("failed", summary.Failed);
        json.WriteNumber("lines", summary.LineDifferences);
        json.WriteNumber("findings", summary.FindingDifferences);
        json.WriteStartArray("changes");
        foreach (var group in summary.Groups)
        {
            json.WriteStartObject();
            json.WriteNumber("records", group.Records);
            json.WriteString("firstAsOf", group.FirstAsOf);
            json.WriteString("lastAsOf", group.LastAsOf);
            json.WriteStartArray("examples");
            foreach (var id in group.Examples)
            {
                json.WriteNumberValue(id);
            }

            json.WriteEndArray();
            JsonOutput.Strings(json, "linesChanged", group.Change.LinesChanged);
            JsonOutput.Strings(json, "linesOnlyStored", group.Change.LinesOnlyStored);
            JsonOutput.Strings(json, "linesOnlyReplayed", group.Change.LinesOnlyReplayed);
            JsonOutput.Strings(json, "findings", group.Change.Findings);
            JsonOutput.Strings(json, "notes", group.Change.Notes);
            JsonOutput.Strings(json, "problems", group.Change.Problems);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void Finding(Utf8JsonWriter json, string name, FindingRecord? finding)
    {
        if (finding is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("status", finding.Status);
        json.WriteString("severity", finding.Severity);
        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }
}
