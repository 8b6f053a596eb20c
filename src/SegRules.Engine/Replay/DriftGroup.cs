namespace SegRules.Engine.Replay;

/// <summary>
/// One distinct change a replay found: the records whose lines, findings, notes and problems differ
/// in exactly the same way, how many they are, their first and last as-of dates and a few ids.
/// </summary>
/// <param name="Change">What differs, one entry per line, finding, note or problem (see <see cref="DriftSummary"/>).</param>
/// <param name="Records">How many records changed this way.</param>
/// <param name="FirstAsOf">The earliest as-of date among them.</param>
/// <param name="LastAsOf">The latest.</param>
/// <param name="Examples">The ids of the first few of them, in the order replayed.</param>
public sealed record DriftGroup(DriftChange Change, int Records, string FirstAsOf, string LastAsOf, IReadOnlyList<long> Examples);

/// <summary>What a group of records has in common: the lines and findings that differ and how, the notes, the kinds of problem.</summary>
/// <param name="LinesChanged">Lines in both, with other values.</param>
/// <param name="LinesOnlyStored">Lines only in the stored evaluation.</param>
/// <param name="LinesOnlyReplayed">Lines only in the replay.</param>
/// <param name="Findings">Each finding that differs: its check and how (<c>only stored</c>, <c>only replayed</c>, or the fields that differ).</param>
/// <param name="Notes">What was left out to fit the version.</param>
/// <param name="Problems">Why records could not be evaluated again: the diagnostic ids and messages, without positions.</param>
public sealed record DriftChange(
    IReadOnlyList<string> LinesChanged,
    IReadOnlyList<string> LinesOnlyStored,
    IReadOnlyList<string> LinesOnlyReplayed,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Problems)
{
    /// <summary>A text that two changes share exactly when they are the same change.</summary>
    public string Key => string.Join("\u001f", new[] { LinesChanged, LinesOnlyStored, LinesOnlyReplayed, Findings, Notes, Problems }.Select(list => string.Join("\u001e", list)));

    /// <summary>What <paramref name="replay"/> changed.</summary>
    public static DriftChange Of(RecordReplay replay) => new(
        replay.Lines.Where(l => l.Stored is not null && l.Replayed is not null).Select(l => l.Key).ToArray(),
        replay.Lines.Where(l => l.Replayed is null).Select(l => l.Key).ToArray(),
        replay.Lines.Where(l => l.Stored is null).Select(l => l.Key).ToArray(),
        replay.Findings.Select(f => f.Stored is null ? $"{f.Check} (only replayed)" : f.Replayed is null ? $"{f.Check} (only stored)" : $"{f.Check} ({string.Join(", ", f.Fields)} differ)").ToArray(),
        replay.Notes,
        replay.Problems.Select(p => $"{p.Id}: {p.Message.Replace($"evaluation {replay.Record.Id}", "evaluation N", StringComparison.Ordinal)}").Distinct().ToArray());
}
