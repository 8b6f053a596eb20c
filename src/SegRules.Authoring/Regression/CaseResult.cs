using SegRules.Engine.Diagnostics;

namespace SegRules.Authoring.Regression;

/// <summary>The outcome of one regression case: the expectations it failed, or the problems that kept it from running.</summary>
/// <param name="Case">The case.</param>
/// <param name="Failures">Expectations not met.</param>
/// <param name="Problems">Problems with the case itself (its balances, unknown codes or checks).</param>
public sealed record CaseResult(RegressionCase Case, IReadOnlyList<ExpectationFailure> Failures, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when the case ran and met every expectation.</summary>
    public bool Passed => Failures.Count == 0 && Problems.Count == 0;
}
