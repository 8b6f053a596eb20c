namespace SegRules.Engine.Store;

/// <summary>One pool's figures in one stored evaluation; null where the version has no such line.</summary>
/// <param name="Pool">The pool.</param>
/// <param name="Excess">Excess (deficiency) funds.</param>
/// <param name="Target">The management target amount.</param>
/// <param name="OverTarget">Excess over (under) the management target.</param>
public sealed record PoolFigures(string Pool, decimal? Excess, decimal? Target, decimal? OverTarget);
