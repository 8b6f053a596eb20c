namespace SegRules.Engine.WhatIf;

/// <summary>What an analyst changes in a what-if: input figures by line code, and proposed withdrawals of residual interest by pool.</summary>
/// <param name="Values">New figures for input lines, by code.</param>
/// <param name="Withdrawals">Proposed withdrawals of residual interest not for customers' benefit, by pool (<c>segregation</c>, <c>secured</c>, <c>swaps</c>).</param>
public sealed record WhatIfChanges(IReadOnlyDictionary<string, decimal> Values, IReadOnlyDictionary<string, decimal> Withdrawals);
