namespace SegRules.Engine.Present;

/// <summary>One pool's excess, management target and excess over the target; null where the version has no such line.</summary>
/// <param name="Excess">The excess (a deficiency when below zero).</param>
/// <param name="Target">The management target.</param>
/// <param name="OverTarget">The excess over the target (below target when below zero).</param>
public sealed record PoolView(decimal? Excess, decimal? Target, decimal? OverTarget);
