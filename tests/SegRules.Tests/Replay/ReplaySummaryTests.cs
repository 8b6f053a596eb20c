using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Replay;

/// <summary>The drift report leads with its distinct changes; the record-by-record detail is asked for.</summary>
public sealed class ReplaySummaryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Replay_WithoutDetail_PrintsTheDistinctChangesNotTheRecords()
    {
        var db = Stored(12);

        var summary = CliInProcess.Run("replay", "--rules-version", "2012-11-08", "--db", db);
        var detail = CliInProcess.Run("replay", "--rules-version", "2012-11-08", "--db", db, "--detail");

        Assert.Equal(1, summary.ExitCode);
        Assert.DoesNotContain("DIFFERS  evaluation", summary.Output, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ distinct change\(s\):\n  1\. \d+ evaluation\(s\), 2017-12-\d\d to 2018-01-\d\d, e\.g\. \d+", summary.Output);
        Assert.Contains("lines only in the stored evaluation (24): 7194, 7198", summary.Output, StringComparison.Ordinal);
        Assert.EndsWith("12 evaluation(s) replayed with version 2012-11-08: 0 the same, 12 differ (288 line(s), " + summary.Output.Split("(288 line(s), ")[1], summary.Output, StringComparison.Ordinal);
        Assert.Equal(12, detail.Output.Split('\n').Count(l => l.StartsWith("DIFFERS  evaluation ", StringComparison.Ordinal)));
        Assert.EndsWith(summary.Output, detail.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_Json_CarriesTheRecordsAndTheDistinctChanges()
    {
        var db = Stored(5);

        var replay = CliInProcess.Run("replay", "--rules-version", "2012-11-08", "--db", db, "--format", "json");

        using var json = JsonDocument.Parse(replay.Output);
        var changes = json.RootElement.GetProperty("summary").GetProperty("changes");
        Assert.Equal(5, json.RootElement.GetProperty("records").GetArrayLength());
        Assert.Equal(5, changes.EnumerateArray().Sum(c => c.GetProperty("records").GetInt32()));
        Assert.All(changes.EnumerateArray(), c => Assert.Equal(24, c.GetProperty("linesOnlyStored").GetArrayLength()));
    }

    private string Stored(int days)
    {
        var db = _temp.File("e.db");
        DailyBalances.Write(_temp.File("in"), days, new DateOnly(2017, 12, 18));
        Assert.Equal(0, CliInProcess.Run("evaluate", _temp.File("in"), "--db", db).ExitCode);
        return db;
    }
}
