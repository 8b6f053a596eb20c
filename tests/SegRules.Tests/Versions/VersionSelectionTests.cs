using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Versions;

public sealed class VersionSelectionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static string Dated(string asOf) => SampleBalances.Text.Replace("as_of: 2017-12-26", $"as_of: {asOf}", StringComparison.Ordinal);

    private static string WithoutTargets(string balances) =>
        string.Join('\n', balances.Split('\n').Where(l => !l.StartsWith("targets:", StringComparison.Ordinal) && !l.Contains("{ percent: 5 }", StringComparison.Ordinal)));

    [Fact]
    public void Evaluate_DatedBeforeCurrentVersionTookEffect_PicksTheOlderVersion()
    {
        var evaluation = Scenario.Evaluate(_temp, WithoutTargets(Dated("2012-11-29")));

        Assert.Equal("2012-11-08", evaluation.Form.Info.Version);
        Assert.DoesNotContain(evaluation.Form.Lines, l => l.Key.Value == "7194");
    }

    [Fact]
    public void Evaluate_DatedOnCurrentVersionsEffectiveDate_PicksIt()
    {
        Assert.Equal("2012-11-30", Scenario.Evaluate(_temp, Dated("2012-11-30")).Form.Info.Version);
    }

    [Fact]
    public void Evaluate_DatedBeforeEveryVersion_NamesTheVersionsThatExist()
    {
        var outcome = Scenario.Outcome(_temp, Dated("2012-11-07"));

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SR5008", problem.Id);
        Assert.Contains("2012-11-08 (2012-11-08 to 2012-11-29); 2012-11-30 (2012-11-30 to open); 2014-01-13 (2014-01-13 to open); 2014-11-14 (2014-11-14 to open)", problem.Message);
    }

    [Fact]
    public void NewVersion_TakesOverFromItsDate_WithoutEditingTheOneBefore()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var before = File.ReadAllText(Path.Combine(rules, "daily-seg", "2014-11-14", "manifest.yaml"));

        var created = CliInProcess.Run("rules", "new-version", "--from", "2014-11-14", "--id", "2020-01-01", "--effective", "2020-01-01", "--rules", rules);

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(before, File.ReadAllText(Path.Combine(rules, "daily-seg", "2014-11-14", "manifest.yaml")));
        Assert.Equal("2020-01-01", Scenario.Evaluate(_temp, Dated("2020-06-01"), rules).Form.Info.Version);
        Assert.Equal("2014-11-14", Scenario.Evaluate(_temp, Dated("2019-12-31"), rules).Form.Info.Version);
        var listed = CliInProcess.Run("rules", "list", "--rules", rules, "--format", "json");
        using var json = JsonDocument.Parse(listed.Output);
        var versions = json.RootElement.EnumerateArray().ToDictionary(v => v.GetProperty("version").GetString()!, v => v.GetProperty("effectiveTo").GetString());
        Assert.Equal("2019-12-31", versions["2014-11-14"]);
        Assert.Null(versions["2020-01-01"]);
        Assert.Equal(0, CliInProcess.Run("rules", "test", "2020-01-01", "--rules", rules).ExitCode);
    }

    [Theory]
    [InlineData("2012-11-30", "2012-12-01", "exists already")]
    [InlineData("2012-11-30", "Bad Id", "not a usable version id")]
    [InlineData("2012-11-30", "2012-01-01", "must take effect after 2012-11-30")]
    public void NewVersion_BadRequest_ExitsTwoAndCreatesNothing(string from, string id, string message)
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        Directory.CreateDirectory(Path.Combine(rules, "daily-seg", "2012-12-01"));
        var effective = id == "2012-01-01" ? "2012-01-01" : "2013-01-01";

        var result = CliInProcess.Run("rules", "new-version", "--from", from, "--id", id, "--effective", effective, "--rules", rules);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Equal(5, Directory.GetDirectories(Path.Combine(rules, "daily-seg")).Length);
    }

    [Fact]
    public void RulesList_Json_HasEveryVersionWithDatesHashAndCounts()
    {
        var result = CliInProcess.Run("rules", "list", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var versions = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["2012-11-08", "2012-11-30", "2014-01-13", "2014-11-14"], versions.Select(v => v.GetProperty("version").GetString()));
        Assert.All(versions, v =>
        {
            Assert.Equal("daily-seg", v.GetProperty("form").GetString());
            Assert.Matches("^[0-9a-f]{64}$", v.GetProperty("hash").GetString());
            Assert.True(v.GetProperty("lines").GetInt32() > 90);
            Assert.True(v.GetProperty("checks").GetInt32() > 20);
        });
        Assert.Equal(["2012-11-29", "2014-01-12", "2014-11-13"], versions[..3].Select(v => v.GetProperty("effectiveTo").GetString()));
        Assert.Equal(JsonValueKind.Null, versions[3].GetProperty("effectiveTo").ValueKind);
    }

    public void Dispose() => _temp.Dispose();
}
