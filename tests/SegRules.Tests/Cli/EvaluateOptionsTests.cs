using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary>The options of <c>segrules evaluate</c>, run in this process because there are many variants.</summary>
public sealed class EvaluateOptionsTests
{
    private static readonly string Sample = TestPaths.SeedSample;

    public static TheoryData<string> RulesFolders => new(
        TestPaths.BundledRules,
        Path.Combine(TestPaths.BundledRules, "daily-seg"),
        TestPaths.CurrentVersion);

    [Theory]
    [MemberData(nameof(RulesFolders))]
    public void Evaluate_RulesFolderAtAnyLevel_EvaluatesSeedSample(string rules)
    {
        var result = CliInProcess.Run("evaluate", Sample, "--rules", rules, "--format", "json", "--no-store");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("2014-11-14", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Evaluate_EditedRulesCopy_UsesTheCopy()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyTree(TestPaths.BundledRules, "rules");
        var manifest = Path.Combine(rules, "daily-seg", "2014-11-14", "manifest.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("title: Daily Seg - FOCUS II", "title: Edited Copy", StringComparison.Ordinal));

        var result = CliInProcess.Run("evaluate", Sample, "--rules", rules, "--no-store");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Edited Copy\n", result.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingRulesFolder_ExitsTwoNamingIt()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("no-rules-here");

        var result = CliInProcess.Run("evaluate", Sample, "--rules", missing, "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the rules folder {missing} does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FormatJson_EveryFiledCodeHasFiledValue()
    {
        var result = CliInProcess.Run("evaluate", Sample, "--format", "json", "--no-store");

        using var json = JsonDocument.Parse(result.Output);
        var lines = json.RootElement.GetProperty("lines");
        Assert.All(SeedFigures.All, filed => Assert.Equal(filed.Value, lines.GetProperty(filed.Key).GetDecimal()));
    }

    [Fact]
    public void Evaluate_NoStore_SaysNothingWasStored()
    {
        var result = CliInProcess.Run("evaluate", Sample, "--no-store");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Stored:  no (--no-store)", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate", "SAMPLE", "--no-store", "--format", "xml")]
    [InlineData("evaluate", "SAMPLE", "--no-store", "--db")]
    [InlineData("evaluate", "SAMPLE", "--no-store", "--rules-version")]
    [InlineData("evaluate", "SAMPLE", "--no-store", "--bogus")]
    [InlineData("frobnicate")]
    public void Run_UsageError_ExitsTwoWithUsageHint(params string[] args)
    {
        var result = CliInProcess.Run(args.Select(a => a == "SAMPLE" ? Sample : a).ToArray());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'segrules --help' for usage.", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }
}
