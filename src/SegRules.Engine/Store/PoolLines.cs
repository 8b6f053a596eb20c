namespace SegRules.Engine.Store;

/// <summary>
/// The lines of one customer pool that a history follows: its excess (deficiency), its management
/// target amount and its excess over (under) that target. Versions before the cover page targets
/// (2012-11-08) have only the excess line.
/// </summary>
/// <param name="Pool">The pool, as the cover page names it (segregation, secured, swaps).</param>
/// <param name="Excess">The excess (deficiency) line.</param>
/// <param name="Target">The management target amount line.</param>
/// <param name="OverTarget">The excess over (under) the management target line.</param>
public sealed record PoolLines(string Pool, string Excess, string Target, string OverTarget)
{
    /// <summary>The three pools of the Daily Seg - FOCUS II: 4d(2) segregation, 30.7 secured amounts, 4d(f) cleared swaps.</summary>
    public static IReadOnlyList<PoolLines> DailySeg { get; } =
    [
        new("segregation", "7190", "7194", "7198"),
        new("secured", "7380", "7780", "7785"),
        new("swaps", "8730", "8760", "8770"),
    ];
}
