using SegRules.Engine.Replay;

namespace SegRules.Engine.Present;

/// <summary>One distinct change a replay found, and the records it covers.</summary>
/// <param name="Records">How many records changed this way.</param>
/// <param name="FirstAsOf">The earliest as-of date among them.</param>
/// <param name="LastAsOf">The latest.</param>
/// <param name="Examples">The ids of the first few of them.</param>
/// <param name="LinesChanged">Lines in both, with other values.</param>
/// <param name="LinesOnlyStored">Lines only in the stored evaluation.</param>
/// <param name="LinesOnlyReplayed">Lines only in the replay.</param>
/// <param name="Findings">Each finding that differs and how.</param>
/// <param name="Notes">What was left out to fit the version.</param>
/// <param name="Problems">Why records could not be evaluated again.</param>
public sealed record ReplayChangeView(
    int Records,
    string FirstAsOf,
    string LastAsOf,
    IReadOnlyList<long> Examples,
    IReadOnlyList<string> LinesChanged,
    IReadOnlyList<string> LinesOnlyStored,
    IReadOnlyList<string> LinesOnlyReplayed,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Problems)
{
    /// <summary>The view of <paramref name="group"/>.</summary>
    public static ReplayChangeView Of(DriftGroup group) => new(
        group.Records, group.FirstAsOf, group.LastAsOf, group.Examples,
        group.Change.LinesChanged, group.Change.LinesOnlyStored, group.Change.LinesOnlyReplayed,
        group.Change.Findings, group.Change.Notes, group.Change.Problems);
}
