using SegRules.Engine.Replay;

namespace SegRules.Engine.Present;

/// <summary>
/// A replay (the drift a version causes, or a check that stored evaluations reproduce), as
/// <c>replay --format json</c> and the web API show it: what it ran on, each record, the counts.
/// </summary>
/// <param name="Mode"><c>as-stored</c>, <c>in-force</c> (each record's version by date) or <c>version</c>.</param>
/// <param name="Version">The version asked for; null for the other modes.</param>
/// <param name="Records">One entry per record, oldest first.</param>
/// <param name="Summary">The counts and the distinct changes.</param>
public sealed record ReplayView(string Mode, string? Version, IReadOnlyList<ReplayRecordView> Records, ReplaySummaryView Summary)
{
    /// <summary>The view of <paramref name="replays"/> (the records kept for the detail) and <paramref name="summary"/> (all of them); <paramref name="version"/> is the version asked for.</summary>
    public static ReplayView Of(IReadOnlyList<RecordReplay> replays, DriftSummary summary, bool asStored, string? version) => new(
        ModeOf(asStored, version),
        version,
        replays.Select(ReplayRecordView.Of).ToArray(),
        ReplaySummaryView.Of(summary));

    /// <summary>The <see cref="Mode"/> of a replay <paramref name="asStored"/> or on <paramref name="version"/>.</summary>
    public static string ModeOf(bool asStored, string? version) => asStored ? "as-stored" : version is null ? "in-force" : "version";

    /// <summary>The view of <paramref name="replays"/>, every one summarised; <paramref name="version"/> is the version asked for.</summary>
    public static ReplayView Of(IReadOnlyList<RecordReplay> replays, bool asStored, string? version)
    {
        var summary = new DriftSummary();
        foreach (var replay in replays)
        {
            summary.Add(replay);
        }

        return Of(replays, summary, asStored, version);
    }
}
