using SegRules.Engine.Store;

namespace SegRules.Engine.WhatIf;

/// <summary>
/// The supplemental figures the withdrawal rules of a pool read (17 CFR 1.23, 22.17; NFA Section 16):
/// the prior business day's excess and the residual interest withdrawn not for customers' benefit.
/// A version without them has no withdrawal check for the pool.
/// </summary>
/// <param name="Lines">The pool's excess and target lines.</param>
/// <param name="PriorDayExcess">The supplemental figure of the prior day's excess.</param>
/// <param name="Withdrawn">The supplemental figure of the day's withdrawals.</param>
public sealed record PoolWithdrawalFigures(PoolLines Lines, string PriorDayExcess, string Withdrawn)
{
    /// <summary>The pools of the Daily Seg - FOCUS II, in <see cref="PoolLines.DailySeg"/> order.</summary>
    public static IReadOnlyList<PoolWithdrawalFigures> DailySeg { get; } =
    [
        new(PoolLines.DailySeg[0], "seg_prior_day_excess", "seg_withdrawals_not_for_customers"),
        new(PoolLines.DailySeg[1], "secured_prior_day_excess", "secured_withdrawals_not_for_customers"),
        new(PoolLines.DailySeg[2], "swaps_prior_day_excess", "swaps_withdrawals_not_for_customers"),
    ];
}
