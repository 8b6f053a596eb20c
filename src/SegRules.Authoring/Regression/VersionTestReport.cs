using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;

namespace SegRules.Authoring.Regression;

/// <summary>The regression cases of one version and how each went.</summary>
/// <param name="Version">The version tested.</param>
/// <param name="Cases">Each case's outcome.</param>
/// <param name="Problems">Problems that kept cases from running at all (the rules or a case file do not load).</param>
public sealed record VersionTestReport(RuleVersion Version, IReadOnlyList<CaseResult> Cases, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when the rules loaded and every case passed.</summary>
    public bool Passed => Problems.Count == 0 && Cases.All(c => c.Passed);
}
