namespace SegRules.Engine.Present;

/// <summary>A line whose figure a what-if changed: as stored, as recomputed, and the difference.</summary>
/// <param name="Key">The line's code.</param>
/// <param name="Stored">The stored figure.</param>
/// <param name="Now">The recomputed figure.</param>
/// <param name="Delta">Recomputed less stored.</param>
public sealed record LineChangeView(string Key, decimal Stored, decimal Now, decimal Delta);
