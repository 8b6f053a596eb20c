using SegRules.Authoring.Quality;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Authoring;

/// <summary>
/// The bundled versions' regression cases prove they test: every formula line and check exercised
/// (each check seen both firing and holding), and every mutant killed or named, with its reason, in
/// the version's tests/equivalent-mutants.yaml (which names no mutant that is killed or gone). A failure names
/// exactly what is missing, so whoever changes the rules knows which cases to add
/// (<c>segrules rules test --coverage --mutate</c> prints the same; <c>segrules rules pin-case</c> writes a case).
/// </summary>
public sealed class CaseQualityTests
{
    public static TheoryData<string> BundledVersions => new(new RuleRepository(TestPaths.BundledRules).Versions.Select(v => v.Info.Version));

    [Theory]
    [MemberData(nameof(BundledVersions))]
    public void BundledVersion_Cases_CoverEveryFormulaLineAndCheckAndKillEveryMutantNotNamedEquivalent(string version)
    {
        // Arrange
        var repository = new RuleRepository(TestPaths.BundledRules);
        var problems = new DiagnosticBag();

        // Act
        var quality = VersionQuality.Measure(repository.Find("daily-seg", version, problems)!, mutate: true, problems);

        // Assert
        Assert.True(quality is not null, string.Join("\n", problems.Items));
        var missing = quality.Coverage.UncoveredLines.Select(l => $"line {l.Key.AsReference} at {l.Position}: no case expects it or a line computed from it")
            .Concat(quality.Coverage.UncoveredChecks.Select(c => $"check {c.Check.Id} at {c.Check.Position}: {Host.Output.QualityTextWriter.Missing(c)}"))
            .ToArray();
        Assert.True(missing.Length == 0, $"{version}: cases to add:\n" + string.Join("\n", missing));
        var mutation = quality.Mutation!;
        Assert.True(mutation.Survivors.Count == 0,
            $"{version}: mutation score {mutation.Score} %; mutants no case kills (add a case, or name a truly equivalent one with its reason in tests/equivalent-mutants.yaml):\n"
            + string.Join("\n", mutation.Survivors.Select(m => m.Id)));
        Assert.True(mutation.StaleEquivalents.Count == 0, $"{version}: tests/equivalent-mutants.yaml names mutants that are killed or gone:\n" + string.Join("\n", mutation.StaleEquivalents));
    }
}
