using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary>The real program, run as a child process from a temp working folder, as a user runs it.</summary>
public sealed class EvaluateProcessTests(SeedProcessRuns runs) : IClassFixture<SeedProcessRuns>
{
    [Fact]
    public void Evaluate_SeedSampleFromTempFolder_ExitsZeroWithoutErrors()
    {
        var result = runs.Text;

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("5,788,380,188 [7180]")]
    [InlineData("350,288,368 [7190]")]
    [InlineData("172,358,248 [7780]")]
    [InlineData("505,654,718 [8760]")]
    [InlineData("Firm:    Credit Suisse Securities (USA) LLC")]
    [InlineData("As of:   2017-12-26")]
    public void Evaluate_SeedSample_PrintsStatementLineAsFiled(string expected)
    {
        var lines = runs.Text.Output.Split('\n');

        Assert.Contains(lines, l => l.EndsWith(expected, StringComparison.Ordinal) || l.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SeedSample_PrintsEveryPageTitleInOrder()
    {
        string[] titles = ["DAILY SEGREGATION - COVER PAGE", "DAILY SEGREGATION - SEGREGATION STATEMENT", "DAILY SEGREGATION - SECURED AMOUNTS", "DAILY SEGREGATION - SWAPS STATEMENT"];

        var printed = runs.Text.Output.Split('\n').Where(titles.Contains);

        Assert.Equal(titles, printed);
    }

    [Fact]
    public void Evaluate_WithDb_StoresOneEvaluationAndSaysWhere()
    {
        var result = runs.Text;

        Assert.Contains($"Stored:  evaluation 1 in {runs.TextDatabase}", result.Output, StringComparison.Ordinal);
        Assert.Single(StoredDatabase.Evaluations(runs.TextDatabase));
    }

    [Fact]
    public void Evaluate_FormatJson_PrintsStatementIdentity()
    {
        using var json = JsonDocument.Parse(runs.Json.Output);
        var root = json.RootElement;

        Assert.Equal(0, runs.Json.ExitCode);
        Assert.Equal("daily-seg", root.GetProperty("form").GetString());
        Assert.Equal("2014-11-14", root.GetProperty("version").GetString());
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("rulesetHash").GetString());
        Assert.Equal("Credit Suisse Securities (USA) LLC", root.GetProperty("firm").GetString());
        Assert.Equal("2017-12-26", root.GetProperty("asOf").GetString());
        Assert.Equal(1, root.GetProperty("stored").GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("7190", "350288368")]
    [InlineData("7780", "172358248")]
    [InlineData("8760", "505654718")]
    public void Evaluate_FormatJson_PrintsLineValue(string code, string expected)
    {
        using var json = JsonDocument.Parse(runs.Json.Output);

        var value = json.RootElement.GetProperty("lines").GetProperty(code).GetDecimal();

        Assert.Equal(decimal.Parse(expected), value);
    }

    [Fact]
    public void Evaluate_RulesCopyInWorkingFolder_EvaluatesWithIt()
    {
        using var temp = new TempDirectory();
        temp.CopyTree(TestPaths.BundledRules, "rules");

        var result = CliProcess.Run(temp.Path, "evaluate", TestPaths.SeedSample, "--rules", "rules", "--no-store");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5,788,380,188 [7180]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RulesVersionInForce_EvaluatesWithThatVersion()
    {
        using var temp = new TempDirectory();

        var result = CliProcess.Run(temp.Path, "evaluate", TestPaths.SeedSample, "--rules-version", "2012-11-30", "--format", "json", "--no-store");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("2012-11-30", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Evaluate_UnknownRulesVersion_ExitsTwoListingVersions()
    {
        using var temp = new TempDirectory();

        var result = CliProcess.Run(temp.Path, "evaluate", TestPaths.SeedSample, "--rules-version", "nope", "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SR5013: daily-seg has no version 'nope'; versions: 2012-11-08 (2012-11-08 to 2012-11-29); 2012-11-30 (2012-11-30 to open); 2014-01-13 (2014-01-13 to open); 2014-11-14 (2014-11-14 to open)", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Evaluate_UnknownOption_ExitsTwoWithUsageHint()
    {
        using var temp = new TempDirectory();

        var result = CliProcess.Run(temp.Path, "evaluate", TestPaths.SeedSample, "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Error, StringComparison.Ordinal);
        Assert.Contains("segrules --help", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, ".local", "share", "segrules", "segrules.db")));
    }
}
