using SegRules.Tests.Support;

namespace SegRules.Tests.Versions;

/// <summary>A regression case may expect the balances to be refused; a rule edit that lets them through fails it.</summary>
public sealed class RefusalCaseTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void RulesTest_SignDeclarationRemoved_RefusalCaseFailsNamingTheExpectedDiagnostic()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var page = Path.Combine(rules, "daily-seg", "2014-11-14", "segregation.yaml");
        var original = File.ReadAllText(page);
        File.WriteAllText(page, original.Replace("    kind: input\n    sign: negative\n", "    kind: input\n", StringComparison.Ordinal));
        foreach (var namesFiledSign in new[] { "filed-sign.yaml", "filed-deductions-nil.yaml", "filed-deductions-printed.yaml" })
        {
            File.Delete(Path.Combine(rules, "daily-seg", "2014-11-14", "tests", namesFiledSign)); // names filed_sign_7033, which goes with the sign
        }

        var result = CliInProcess.Run("rules", "test", "2014-11-14", "--rules", rules);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL  ", result.Output, StringComparison.Ordinal);
        Assert.Contains("positive-deduction-refused.yaml", result.Output, StringComparison.Ordinal);
        Assert.Contains("refusal: expected SR7301: 7033 is a deduction: write -317239096, got the balances accepted", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
