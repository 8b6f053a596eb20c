namespace SegRules.Engine.Present;

/// <summary>
/// A stored evaluation recomputed with changed inputs (nothing of it is stored): the whole statement,
/// the lines whose figures changed with their deltas, the findings that appeared, went away or
/// changed, and each proposed withdrawal pro forma.
/// </summary>
/// <param name="Id">The stored evaluation it starts from.</param>
/// <param name="Statement">The recomputed statement.</param>
/// <param name="Lines">The lines whose figures differ from the stored ones.</param>
/// <param name="Findings">The findings that differ (stored, then recomputed; null where there is none).</param>
/// <param name="Withdrawals">The proposed withdrawals, pool by pool.</param>
public sealed record WhatIfView(long Id, StatementView Statement, IReadOnlyList<LineChangeView> Lines, IReadOnlyList<FindingChangeView> Findings, IReadOnlyList<WithdrawalView> Withdrawals);
