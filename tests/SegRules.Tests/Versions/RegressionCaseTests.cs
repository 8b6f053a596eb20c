using SegRules.Authoring.Regression;
using SegRules.Engine.Compile;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Versions;

/// <summary>Every regression case of every bundled version passes, so CI catches a rule edit that breaks an old case.</summary>
public sealed class RegressionCaseTests
{
    private static readonly Lazy<IReadOnlyList<VersionTestReport>> Reports = new(() =>
        new RuleRepository(TestPaths.BundledRules).Versions.Select(v => RegressionRunner.Run(v, new Engine.Pipeline.EvaluationPipeline(new RuleRepository(TestPaths.BundledRules), new Engine.Pipeline.CompiledRuleSets(FormCompiler.Shared, null)))).ToArray());

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var version in new RuleRepository(TestPaths.BundledRules).Versions)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(version.Directory, RegressionCaseReader.FolderName), "*.yaml").Order())
            {
                data.Add(version.Info.Version, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RegressionCase_BundledVersion_MeetsEveryExpectation(string version, string file)
    {
        var report = Reports.Value.Single(r => r.Version.Info.Version == version);
        Assert.Empty(report.Problems);

        var result = report.Cases.Single(c => Path.GetFileName(c.Case.File) == file);

        Assert.True(result.Passed, string.Join("\n", result.Failures.Select(f => f.ToString()).Concat(result.Problems.Select(p => p.ToString()))));
    }

    [Fact]
    public void BundledVersions_EachHaveSeedDeficiencyAndNeighbourCases()
    {
        Assert.All(Reports.Value, report =>
        {
            Assert.True(report.Cases.Count >= 3, $"{report.Version.Info.Version} has {report.Cases.Count} cases");
            Assert.Contains(report.Cases, c => c.Case.Fired.Any(f => f.Value.EndsWith("_deficiency", StringComparison.Ordinal)));
            Assert.Contains(report.Cases, c => c.Case.Lines.Count >= 80);
        });
    }
}
