using SegRules.Tests.Support;

namespace SegRules.Tests.Versions;

/// <summary>An analyst's edit that breaks an old version's case is caught by <c>segrules rules test</c>, naming the line.</summary>
public sealed class RulesTestProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void RulesTest_FormulaEditedInOldVersion_FailsNamingTheLineThenPassesWhenRestored()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var page = Path.Combine(rules, "daily-seg", "2012-11-08", "segregation.yaml");
        var original = File.ReadAllText(page);
        File.WriteAllText(page, original.Replace("formula: \"[7180] - [7060]\"", "formula: \"[7180] + [7060]\"", StringComparison.Ordinal));

        var broken = CliProcess.Run(_temp.Path, "rules", "test", "2012-11-08", "--rules", rules);
        File.WriteAllText(page, original);
        var restored = CliProcess.Run(_temp.Path, "rules", "test", "2012-11-08", "--rules", rules);

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("line [7190]: expected 350,288,368, got 11,226,472,008; formula: [7180] + [7060]", broken.Output);
        Assert.Contains("FAIL", broken.Output);
        Assert.Equal(0, restored.ExitCode);
        Assert.DoesNotContain("FAIL", restored.Output);
    }

    public void Dispose() => _temp.Dispose();
}
