using SegRules.Engine.Balances;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Present;

namespace SegRules.Engine.WhatIf;

/// <summary>A what-if's result: what is shown, and the balances and evaluation behind it (to save as a regression case).</summary>
/// <param name="View">What is shown.</param>
/// <param name="Balances">The balances with the changes made (and withdrawals as supplemental figures).</param>
/// <param name="Evaluation">Their evaluation.</param>
public sealed record WhatIfOutcome(WhatIfView View, BalancesFile Balances, Evaluation Evaluation);
