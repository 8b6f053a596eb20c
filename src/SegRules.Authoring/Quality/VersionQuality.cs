using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;

namespace SegRules.Authoring.Quality;

/// <summary>How well a version's regression cases test it: coverage, and (when asked) the mutation score.</summary>
/// <param name="Version">The version.</param>
/// <param name="Coverage">Which formula lines and checks the cases exercise.</param>
/// <param name="Mutation">How the cases fared against mutants; null when not asked for.</param>
public sealed record VersionQuality(RuleVersion Version, CoverageReport Coverage, MutationReport? Mutation)
{
    /// <summary>Measures <paramref name="version"/>'s cases; null (with the problems reported) when the version or a case does not load.</summary>
    public static VersionQuality? Measure(RuleVersion version, bool mutate, DiagnosticBag problems)
    {
        var before = problems.Items.Count;
        var equivalent = EquivalentMutants.Read(version.Directory, problems);
        var cases = CaseSet.Load(version, problems);
        if (cases is null || problems.Items.Count != before)
        {
            return null;
        }

        return new VersionQuality(version, CoverageReport.Measure(cases), mutate ? MutationRunner.Run(cases, equivalent) : null);
    }
}
