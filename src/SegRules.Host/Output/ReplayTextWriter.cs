using SegRules.Engine.Evaluate;
using SegRules.Engine.Replay;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>
/// Prints a replay: with <c>--detail</c>, first, for each record that was not reproduced, the lines
/// and findings that differ (stored then replayed), what was left out to fit the version, and why a
/// record could not be evaluated; then, always, each distinct change (which lines and findings, how
/// many records, first and last date, a few ids), the most common first, to fit one screen; then one
/// line with the counts.
/// </summary>
public static class ReplayTextWriter
{
    /// <summary>The most distinct changes listed; the rest are counted (all of them are in the detail and the JSON).</summary>
    public const int MostChanges = 8;

    private const int MostKeys = 10;

    /// <summary>Writes one record's detail.</summary>
    public static void WriteDetail(RecordReplay replay, bool asStored, TextWriter output)
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

        WriteKeys(output, "lines only in the stored evaluation", replay.Lines.Where(l => l.Replayed is null).Select(l => l.Key), int.MaxValue);
        WriteKeys(output, $"lines only in {replay.Version}", replay.Lines.Where(l => l.Stored is null).Select(l => l.Key), int.MaxValue);
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

    /// <summary>Writes the distinct changes of <paramref name="summary"/> and the closing line; <paramref name="mode"/> says what the records were replayed on.</summary>
    public static void WriteSummary(DriftSummary summary, string mode, bool asStored, bool detail, TextWriter output)
    {
        var groups = summary.Groups;
        if (groups.Count > 0)
        {
            output.WriteLine($"{groups.Count} distinct change(s):");
        }

        foreach (var (group, i) in groups.Take(MostChanges).Select((g, i) => (g, i + 1)))
        {
            var dates = group.FirstAsOf == group.LastAsOf ? group.FirstAsOf : $"{group.FirstAsOf} to {group.LastAsOf}";
            output.WriteLine($"{i,3}. {group.Records} evaluation(s), {dates}, e.g. {string.Join(", ", group.Examples)}");
            var change = group.Change;
            WriteKeys(output, "   lines that differ", change.LinesChanged, MostKeys);
            WriteKeys(output, "   lines only in the stored evaluation", change.LinesOnlyStored, MostKeys);
            WriteKeys(output, "   lines only in the replay", change.LinesOnlyReplayed, MostKeys);
            WriteKeys(output, "   findings", change.Findings, MostKeys);
            foreach (var text in change.Notes.Concat(change.Problems))
            {
                output.WriteLine($"       {text}");
            }
        }

        if (groups.Count > MostChanges)
        {
            output.WriteLine($"  ... and {groups.Count - MostChanges} more distinct change(s){(detail ? "" : ": --detail lists every record")}.");
        }

        output.WriteLine(Summary(summary, mode, asStored));
    }

    /// <summary>The closing line: how many records were replayed on what, and how many differed.</summary>
    public static string Summary(DriftSummary summary, string mode, bool asStored)
    {
        var (records, failed, differ, same) = (summary.Records, summary.Failed, summary.Differ, summary.Same);
        var (lines, findings) = (summary.LineDifferences, summary.FindingDifferences);
        if (asStored)
        {
            return failed + differ == 0
                ? $"{records} evaluation(s) replayed {mode}: all reproduced exactly."
                : $"CORRUPTION: {failed + differ} of {records} evaluation(s) replayed {mode} were not reproduced exactly ({lines} line(s), {findings} finding(s) differ; {failed} could not be evaluated).";
        }

        return $"{records} evaluation(s) replayed {mode}: {same} the same, {differ} differ ({lines} line(s), {findings} finding(s)), {failed} could not be evaluated.";
    }

    private static void WriteKeys(TextWriter output, string what, IEnumerable<string> keys, int most)
    {
        var list = keys.ToArray();
        if (list.Length > 0)
        {
            var more = list.Length > most ? $", ... (+{list.Length - most} more)" : "";
            output.WriteLine($"  {what} ({list.Length}): {string.Join(", ", list.Take(most))}{more}");
        }
    }

    private static string Finding(FindingRecord? finding) =>
        finding is null ? "(none)" : $"{(finding.Status == "fired" ? finding.Severity.ToUpperInvariant() : "NOT EVALUATED")} {finding.Message}";
}
