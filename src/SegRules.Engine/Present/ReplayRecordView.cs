using SegRules.Engine.Replay;
using SegRules.Engine.Store;

namespace SegRules.Engine.Present;

/// <summary>One record of a replay: which it is, on what it was replayed, and what differs.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="AsOf">Its as-of date.</param>
/// <param name="Firm">Its firm.</param>
/// <param name="StoredVersion">The version it was stored with.</param>
/// <param name="ReplayedVersion">The version it was replayed with; null when none could be used.</param>
/// <param name="Status"><c>same</c>, <c>differs</c> or <c>failed</c>.</param>
/// <param name="Lines">The lines whose figures differ (stored, replayed).</param>
/// <param name="Findings">The findings that differ.</param>
/// <param name="Notes">What was left out to fit the version.</param>
/// <param name="Problems">Why it could not be evaluated.</param>
public sealed record ReplayRecordView(
    long Id,
    string AsOf,
    string Firm,
    string StoredVersion,
    string? ReplayedVersion,
    string Status,
    IReadOnlyList<LineDifference> Lines,
    IReadOnlyList<FindingChangeView> Findings,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Problems)
{
    /// <summary>The view of <paramref name="replay"/>.</summary>
    public static ReplayRecordView Of(RecordReplay replay) => new(
        replay.Record.Id, replay.Record.AsOf, replay.Record.Firm, replay.Record.Version, replay.Version,
        replay.Failed ? "failed" : replay.Differs ? "differs" : "same",
        replay.Lines,
        replay.Findings.Select(f => new FindingChangeView(f.Check, FindingStateView.Of(f.Stored), FindingStateView.Of(f.Replayed))).ToArray(),
        replay.Notes,
        replay.Problems.Select(p => p.ToString()).ToArray());
}
