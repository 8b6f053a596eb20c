using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary>Checks are data: the real program, on a copy of the rules, picks up a check an analyst adds, with no engine change.</summary>
public sealed class FindingsProcessTests : IDisposable
{
    private const string AddedCheck = """

          - id: seg_excess_under_half_billion
            title: Segregation excess under 500 million
            when: "[7190] < 500000000"
            severity: info
            message: "Excess {[7190]:N0} is {500000000 - [7190]:N0} under 500 million."
            citation: Firm treasury policy
            action: Tell the treasury desk.
            deadline: end of day
        """;

    private readonly TempDirectory _temp = new();

    [Fact]
    public void Evaluate_CheckAddedToRulesCopy_FiresWithItsMessage()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        File.AppendAllText(Path.Combine(rules, "daily-seg", "2014-11-14", "segregation.yaml"), AddedCheck);

        var result = CliProcess.Run(_temp.Path, "evaluate", TestPaths.SeedSample, "--rules", rules, "--format", "json", "--no-store");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "seg_excess_under_half_billion");
        Assert.Equal("fired", finding.GetProperty("status").GetString());
        Assert.Equal("info", finding.GetProperty("severity").GetString());
        Assert.Equal("Excess 350,288,368 is 149,711,632 under 500 million.", finding.GetProperty("message").GetString());
        Assert.Equal("end of day", finding.GetProperty("deadline").GetString());
    }

    [Fact]
    public void Evaluate_FailOnCritical_ExitsOneOnDeficiencyAndStoresTheFinding()
    {
        var balances = _temp.Write("short.yaml", SampleBalances.Lowered("7070", 400_000_000m));
        var db = _temp.File("e.db");

        var result = CliProcess.Run(_temp.Path, "evaluate", balances, "--db", db, "--fail-on", "critical");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CRITICAL seg_deficiency: Undersegregated", result.Output);
        Assert.Contains("Undersegregated by 49,711,632", result.Output);
        var record = StoredDatabase.Evaluations(db).Single();
        Assert.Contains(record.Findings, f => f.Check == "seg_deficiency" && f.Severity == "critical" && f.Status == "fired");
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("info")]
    public void Evaluate_FailOnWithSeedSample_ExitsZero(string severity)
    {
        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--no-store", "--fail-on", severity);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("FINDINGS (0 fired of ", result.Output);
    }

    public void Dispose() => _temp.Dispose();
}
