using SegRules.Engine.Diagnostics;

namespace SegRules.Authoring.Lint;

/// <summary>What <see cref="RuleLinter"/> found: every error <c>rules check</c> finds and every warning, in file and position order.</summary>
/// <param name="Diagnostics">Every problem found.</param>
/// <param name="VersionsLinted">How many versions loaded well enough to be linted beyond their errors.</param>
public sealed record LintReport(IReadOnlyList<Diagnostic> Diagnostics, int VersionsLinted)
{
    /// <summary>True when any diagnostic is an error (lint exits 1).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticLevel.Error);
}
