using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Authoring;

/// <summary><c>segrules rules lint</c> as an analyst runs it: clean on the bundled rules, every broken file flagged with severity and position, text and SARIF.</summary>
public sealed class LintTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public static TheoryData<string> BrokenCases => new(BrokenRuleCase.Names);

    [Fact]
    public void Lint_BundledRules_IsClean()
    {
        var lint = CliInProcess.Run("rules", "lint");

        Assert.True(lint.ExitCode == 0, lint.Output + lint.Error);
        Assert.DoesNotContain(": warning SR", lint.Output);
        Assert.DoesNotContain(": error SR", lint.Output);
        Assert.Contains("0 error(s), 0 warning(s)", lint.Output);
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Lint_BrokenRuleSet_ReportsEachExpectedDiagnosticAsAnErrorAtItsPosition(string name)
    {
        var broken = BrokenRuleCase.Load(name);
        var rules = broken.CopyInto(_temp, _temp.File("pwned"));

        var lint = CliInProcess.Run("rules", "lint", "--rules", rules);

        Assert.Equal(1, lint.ExitCode);
        foreach (var expected in broken.Expected)
        {
            Assert.Contains(expected.Located(Path.Combine(rules, expected.File)), lint.Output);
        }
    }

    [Fact]
    public void Lint_MisspeltKeyInCopiedBundledFile_FlaggedAtTheKeyInTextAndSarif()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var page = Path.Combine(rules, "daily-seg", "2012-11-30", "segregation.yaml");
        var lines = File.ReadAllLines(page);
        var at = Array.FindIndex(lines, l => l.StartsWith("    label: Excess (deficiency) funds in segregation (subtract", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("label:", "lable:", StringComparison.Ordinal);
        File.WriteAllLines(page, lines);

        var text = CliInProcess.Run("rules", "lint", "--rules", rules);
        var sarif = CliInProcess.Run("rules", "lint", "--rules", rules, "--format", "sarif");

        Assert.Equal(1, text.ExitCode);
        Assert.Contains($"{page}({at + 1},5): error SR1002: unknown key 'lable'", text.Output);
        Assert.Equal(1, sarif.ExitCode);
        using var log = JsonDocument.Parse(sarif.Output);
        var run = log.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "SR1002");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal((at + 1, 5), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        Assert.EndsWith("daily-seg/2012-11-30/segregation.yaml", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Sarif_Log_Is210WithEveryCatalogRuleAndFingerprintsThatSurviveMovedLines()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var page = Path.Combine(rules, "daily-seg", "2012-11-30", "segregation.yaml");
        File.WriteAllText(page, File.ReadAllText(page).Replace("    label: Excess (deficiency) funds in segregation (subtract", "    lable: Excess (deficiency) funds in segregation (subtract", StringComparison.Ordinal));

        var before = Results(CliInProcess.Run("rules", "lint", "--rules", rules, "--format", "sarif").Output, out var log);
        File.WriteAllText(page, "# a comment moves every line down\n" + File.ReadAllText(page));
        var after = Results(CliInProcess.Run("rules", "lint", "--rules", rules, "--format", "sarif").Output, out _);

        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var ruleIds = log.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => (Id: r.GetProperty("id").GetString(), Help: r.GetProperty("help").GetProperty("text").GetString(), Text: r.GetProperty("shortDescription").GetProperty("text").GetString())).ToArray();
        Assert.Contains(ruleIds, r => r.Id == "SR1002");
        Assert.Contains(ruleIds, r => r.Id == "SR7701");
        Assert.All(ruleIds, r => Assert.False(string.IsNullOrEmpty(r.Help) || string.IsNullOrEmpty(r.Text), r.Id));
        Assert.NotEmpty(before);
        Assert.Equal(before.Select(r => r.Fingerprint), after.Select(r => r.Fingerprint));
        Assert.Equal(before.Select(r => r.Line + 1), after.Select(r => r.Line));
    }

    [Fact]
    public void Lint_JsonFormat_GivesSeverityAndPosition()
    {
        var rules = BrokenRuleCase.Load("missing-label").CopyInto(_temp, _temp.File("pwned"));

        var lint = CliInProcess.Run("rules", "lint", "--rules", rules, "--format", "json");

        using var json = JsonDocument.Parse(lint.Output);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("SR2006", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 0);
        Assert.True(diagnostic.GetProperty("column").GetInt32() > 0);
    }

    private static (string? Fingerprint, int Line)[] Results(string sarif, out JsonElement log)
    {
        log = JsonDocument.Parse(sarif).RootElement.Clone();
        return log.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("partialFingerprints").GetProperty("segrulesDiagnostic/v1").GetString(),
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()))
            .ToArray();
    }

    public void Dispose() => _temp.Dispose();
}
