using SegRules.Engine.WhatIf;

namespace SegRules.Host.Web;

/// <summary>The body of <c>POST /api/what-if</c>: a stored evaluation, new input figures by code, and proposed withdrawals by pool.</summary>
/// <param name="Id">The stored evaluation.</param>
/// <param name="Values">New figures for input lines, by code.</param>
/// <param name="Withdrawals">Proposed withdrawals of residual interest by pool (segregation, secured, swaps).</param>
public sealed record WhatIfRequest(long Id, Dictionary<string, decimal>? Values, Dictionary<string, decimal>? Withdrawals)
{
    /// <summary>The changes asked for.</summary>
    public WhatIfChanges Changes => new(Values ?? [], Withdrawals ?? []);
}
