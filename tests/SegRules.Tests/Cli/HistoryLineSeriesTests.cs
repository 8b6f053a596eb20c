using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary>
/// <c>history --line</c> on a real LiteDB file holding evaluations under two versions, the later of
/// which renumbers 7190 as 7191 and declares it in its lineage.yaml: one series under 7191, run as the
/// real program.
/// </summary>
public sealed class HistoryLineSeriesTests : IDisposable
{
    private const string Excess = "350288368";
    private readonly TempDirectory _temp = new();
    private readonly string _rules;
    private readonly string _db;

    public HistoryLineSeriesTests()
    {
        _rules = RenumberedRules.Make(_temp, "2014-11-14", "2016-01-01");
        _db = _temp.File("history.db");
        var older = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--rules", _rules, "--rules-version", "2014-11-14", "--db", _db);
        var newer = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--rules", _rules, "--db", _db);
        Assert.True(older.ExitCode == 0 && newer.ExitCode == 0, older.Error + newer.Error);
    }

    [Fact]
    public void HistoryLine_Text_OneSeriesUnderTheNewestKeySayingWhereTheOlderValueCameFrom()
    {
        var run = History("--line", "7191");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^ID\s+AS OF\s+FIRM\s+VERSION\s+\[7191\]\s+FROM$", lines[1]);
        Assert.Matches(@"^2\s+2017-12-26\s+.*\s2016-01-01\s+350,288,368$", lines[2]);
        Assert.Matches(@"^1\s+2017-12-26\s+.*\s2014-11-14\s+350,288,368\s+as \[7190\] in 2014-11-14 \(renumbered in 2016-01-01\)$", lines[3]);
    }

    [Fact]
    public void HistoryLine_Json_EachRowCarriesTheLineWithItsSource()
    {
        var run = History("--line", "[7191]", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var rows = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(r => (r.GetProperty("version").GetString(), r.GetProperty("line"))).ToArray();
        Assert.Equal(["2016-01-01", "2014-11-14"], rows.Select(r => r.Item1));
        Assert.All(rows, r => Assert.Equal(("7191", decimal.Parse(Excess), true), (r.Item2.GetProperty("key").GetString(), r.Item2.GetProperty("value").GetDecimal(), r.Item2.GetProperty("comparable").GetBoolean())));
        Assert.Equal(JsonValueKind.Null, rows[0].Item2.GetProperty("note").ValueKind);
        Assert.Equal("as [7190] in 2014-11-14 (renumbered in 2016-01-01)", rows[1].Item2.GetProperty("note").GetString());
    }

    [Fact]
    public void HistoryLine_Csv_AddsLineValueAndSourceColumns()
    {
        var run = History("--line", "7191", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",line,line_value,line_from", lines[0]);
        Assert.EndsWith($",7191,{Excess},", lines[1]);
        Assert.EndsWith($",7191,{Excess},as [7190] in 2014-11-14 (renumbered in 2016-01-01)", lines[2]);
    }

    [Fact]
    public void HistoryLine_WithoutLine_JsonLineIsNull()
    {
        var run = History("--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.All(JsonDocument.Parse(run.Output).RootElement.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("line").ValueKind));
    }

    [Fact]
    public void HistoryLine_OlderKey_ExitsTwoNamingTheKeyToFollow()
    {
        var run = History("--line", "7190");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("error SR5003: 7190 is not a line of daily-seg 2016-01-01, the newest version (it continues as [7191]: follow that key)", run.Error);
    }

    private CliProcess.Result History(params string[] args) => CliProcess.Run(_temp.Path, ["history", .. args, "--rules", _rules, "--db", _db]);

    public void Dispose() => _temp.Dispose();
}
