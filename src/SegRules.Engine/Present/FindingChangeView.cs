namespace SegRules.Engine.Present;

/// <summary>A finding that differs between two evaluations: before and after (null where there is none).</summary>
/// <param name="Check">The check's id.</param>
/// <param name="Stored">The finding before (as stored).</param>
/// <param name="Replayed">The finding after (replayed, or recomputed in a what-if).</param>
public sealed record FindingChangeView(string Check, FindingStateView? Stored, FindingStateView? Replayed);
