using SegRules.Engine.Replay;

namespace SegRules.Engine.Present;

/// <summary>The summary of a replay: the counts and each distinct change, the most common first.</summary>
/// <param name="Records">Records replayed.</param>
/// <param name="Same">Reproduced exactly.</param>
/// <param name="Differ">Evaluated, with differences.</param>
/// <param name="Failed">Could not be evaluated.</param>
/// <param name="Lines">Line differences in all.</param>
/// <param name="Findings">Finding differences in all.</param>
/// <param name="Changes">Each distinct change, the most common first.</param>
public sealed record ReplaySummaryView(int Records, int Same, int Differ, int Failed, long Lines, long Findings, IReadOnlyList<ReplayChangeView> Changes)
{
    /// <summary>The view of <paramref name="summary"/>.</summary>
    public static ReplaySummaryView Of(DriftSummary summary) => new(
        summary.Records, summary.Same, summary.Differ, summary.Failed, summary.LineDifferences, summary.FindingDifferences,
        summary.Groups.Select(ReplayChangeView.Of).ToArray());
}
