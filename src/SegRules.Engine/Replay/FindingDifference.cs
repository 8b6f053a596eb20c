using SegRules.Engine.Store;

namespace SegRules.Engine.Replay;

/// <summary>A finding a replay did not reproduce word for word: as stored and as found now (null where there is none).</summary>
/// <param name="Check">The check's id.</param>
/// <param name="Stored">The finding in the record.</param>
/// <param name="Replayed">The finding the replay produced.</param>
public sealed record FindingDifference(string Check, FindingRecord? Stored, FindingRecord? Replayed)
{
    /// <summary>The fields that differ (status, severity, message, citation...); empty when the finding is on one side only.</summary>
    public IReadOnlyList<string> Fields => Stored is null || Replayed is null ? [] : Stored.DifferencesFrom(Replayed);
}
