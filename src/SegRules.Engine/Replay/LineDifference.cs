namespace SegRules.Engine.Replay;

/// <summary>A line whose value a replay did not reproduce: the stored and the new value (null where the line is absent).</summary>
/// <param name="Key">The line's code or id.</param>
/// <param name="Stored">The value in the record.</param>
/// <param name="Replayed">The value the replay computed.</param>
public sealed record LineDifference(string Key, decimal? Stored, decimal? Replayed);
