using SegRules.Engine.Evaluate;
using SegRules.Engine.Replay;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>
/// Prints a replay: for each record that was not reproduced, the lines and findings that differ (stored
/// then replayed), what was left out to fit the version, and why a record could not be evaluated;
/// then one summary line with the counts.
/// </summary>
public static class ReplayTextWriter
{
    /// <summary>Writes <paramref name="replays"/>; <paramref name="mode"/> says what they were replayed on.</summary>
    public static void Write(IReadOnlyList<RecordReplay> replays, string mode, bool asStored, TextWriter output)
    {
        foreach (var replay in replays.Where(r => r.Differs || r.Notes.Count > 0))
        {
            var record = replay.Record;
            var status = replay.Failed ? "NOT EVALUATED" : replay.Differs ? asStored ? "CORRUPT" : "DIFFERS" : "same";
            output.WriteLine($"{status}  evaluation {record.Id}  {record.AsOf}  {record.Firm}  (stored with {record.Version}, replayed with {replay.Version ?? "-"})");
            foreach (var note in replay.Notes)
            {
                output.WriteLine($"  note: {note}");
            }

            foreach (var line in replay.Lines.Where(l => l.Stored is not null && l.Replayed is not null))
            {
                output.WriteLine($"  [{line.Key}]  {FigureFormat.Statement(line.Stored!.Value)} -> {FigureFormat.Statement(line.Replayed!.Value)}");
            }

            WriteKeys(output, "lines only in the stored evaluation", replay.Lines.Where(l => l.Replayed is null).Select(l => l.Key));
            WriteKeys(output, $"lines only in {replay.Version}", replay.Lines.Where(l => l.Stored is null).Select(l => l.Key));
            foreach (var finding in replay.Findings)
            {
                output.WriteLine($"  {finding.Check}{(finding.Fields.Count > 0 ? $" ({string.Join(", ", finding.Fields)} differ)" : "")}:");
                output.WriteLine($"    stored:   {Finding(finding.Stored)}");
                output.WriteLine($"    replayed: {Finding(finding.Replayed)}");
            }

            foreach (var problem in replay.Problems)
            {
                output.WriteLine($"  {problem}");
            }
        }

        output.WriteLine(Summary(replays, mode, asStored));
    }

    /// <summary>The closing line: how many records were replayed on what, and how many differed.</summary>
    public static string Summary(IReadOnlyList<RecordReplay> replays, string mode, bool asStored)
    {
        var failed = replays.Count(r => r.Failed);
        var differ = replays.Count(r => r.Differs && !r.Failed);
        var same = replays.Count - failed - differ;
        var lines = replays.Sum(r => r.Lines.Count);
        var findings = replays.Sum(r => r.Findings.Count);
        if (asStored)
        {
            return failed + differ == 0
                ? $"{replays.Count} evaluation(s) replayed {mode}: all reproduced exactly."
                : $"CORRUPTION: {failed + differ} of {replays.Count} evaluation(s) replayed {mode} were not reproduced exactly ({lines} line(s), {findings} finding(s) differ; {failed} could not be evaluated).";
        }

        return $"{replays.Count} evaluation(s) replayed {mode}: {same} the same, {differ} differ ({lines} line(s), {findings} finding(s)), {failed} could not be evaluated.";
    }

    private static void WriteKeys(TextWriter output, string what, IEnumerable<string> keys)
    {
        var list = keys.ToArray();
        if (list.Length > 0)
        {
            output.WriteLine($"  {what} ({list.Length}): {string.Join(", ", list)}");
        }
    }

    private static string Finding(FindingRecord? finding) =>
        finding is null ? "(none)" : $"{(finding.Status == "fired" ? finding.Severity.ToUpperInvariant() : "NOT EVALUATED")} {finding.Message}";
}
