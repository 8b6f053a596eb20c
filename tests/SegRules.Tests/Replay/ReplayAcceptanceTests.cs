using System.Diagnostics;
using System.Text.Json;
using SegRules.Tests.Support;
using Xunit.Abstractions;

namespace SegRules.Tests.Replay;

/// <summary>
/// A year of daily evaluations is reproduced exactly from the database after the rules folder they ran
/// on was changed, and the changed rules show as drift.
/// </summary>
public sealed class ReplayAcceptanceTests(ITestOutputHelper log) : IDisposable
{
    private const int Days = 250;
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Replay_250DaysAfterRulesChanged_AsStoredExactAndVersionDrifts()
    {
        // Arrange: 250 business days evaluated with a copy of the rules, then the copy's formula of
        // line 15 (the segregation management target) changed from 5 % of line 6 to 6 %.
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var db = _temp.File("year.db");
        DailyBalances.Write(_temp.File("in"), Days, new DateOnly(2017, 1, 2));
        var stored = CliInProcess.Run("evaluate", _temp.File("in"), "--rules", rules, "--db", db);
        Assert.True(stored.ExitCode == 0, stored.Error);
        var segregation = Path.Combine(rules, "daily-seg", "2014-11-14", "segregation.yaml");
        File.WriteAllText(segregation, File.ReadAllText(segregation).Replace(
            "+ [7060] * ([seg_target_percent] + [seg_target_percent_low]) / 100, 0)",
            "+ [7060] * ([seg_target_percent] + [seg_target_percent_low] + 1) / 100, 0)", StringComparison.Ordinal));

        // Act
        var clock = Stopwatch.StartNew();
        var asStored = CliInProcess.Run("replay", "--as-stored", "--rules", rules, "--db", db);
        var asStoredTime = clock.Elapsed;
        var drift = CliInProcess.Run("replay", "--rules-version", "2014-11-14", "--rules", rules, "--db", db, "--format", "json");
        log.WriteLine($"replay --as-stored of {Days} records: {asStoredTime.TotalSeconds:0.00} s; --rules-version: {(clock.Elapsed - asStoredTime).TotalSeconds:0.00} s");

        // Assert
        Assert.Equal((0, ""), (asStored.ExitCode, asStored.Error));
        Assert.Equal($"{Days} evaluation(s) replayed on their own rule sets: all reproduced exactly.\n", asStored.Output);
        Assert.Equal(1, drift.ExitCode);
        using var json = JsonDocument.Parse(drift.Output);
        var records = json.RootElement.GetProperty("records").EnumerateArray().ToArray();
        Assert.Equal(Days, records.Length);
        Assert.All(records, r => Assert.Equal("differs", r.GetProperty("status").GetString()));
        Assert.All(records, r => Assert.Equal(["7194", "7198"], r.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("key").GetString())));
        Assert.Equal(Days, json.RootElement.GetProperty("summary").GetProperty("differ").GetInt32());
    }

    [Fact]
    public void Replay_AsStoredAfterRulesFolderDeleted_StillReproduces()
    {
        // Arrange
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var db = _temp.File("e.db");
        DailyBalances.Write(_temp.File("in"), 3, new DateOnly(2017, 12, 18));
        Assert.Equal(0, CliInProcess.Run("evaluate", _temp.File("in"), "--rules", rules, "--db", db).ExitCode);
        Directory.Delete(rules, recursive: true);

        // Act
        var result = CliInProcess.Run("replay", "--as-stored", "--db", db, "--rules", rules);

        // Assert
        Assert.Equal((0, "3 evaluation(s) replayed on their own rule sets: all reproduced exactly.\n"), (result.ExitCode, result.Output));
    }

    [Fact]
    public void Replay_OldVersionOnNewerRules_ReportsPerRecordAndExitsOne()
    {
        // Arrange
        var db = _temp.File("e.db");
        DailyBalances.Write(_temp.File("in"), 2, new DateOnly(2017, 12, 18));
        Assert.Equal(0, CliInProcess.Run("evaluate", _temp.File("in"), "--db", db).ExitCode);

        // Act
        var result = CliInProcess.Run("replay", "--rules-version", "2012-11-08", "--db", db, "--detail");

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DIFFERS  evaluation 1  2017-12-18  Credit Suisse Securities (USA) LLC  (stored with 2014-11-14, replayed with 2012-11-08)", result.Output, StringComparison.Ordinal);
        Assert.Contains("  note: targets (segregation, secured, swaps) left out: daily-seg 2012-11-08 has no residual interest targets", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n2 evaluation\(s\) replayed with version 2012-11-08: 0 the same, 2 differ \(48 line\(s\), \d+ finding\(s\)\), 0 could not be evaluated\.\n$", result.Output);
    }

    [Fact]
    public void Replay_UnknownVersion_ExitsTwo()
    {
        var db = _temp.File("e.db");
        Assert.Equal(0, CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db).ExitCode);

        var result = CliInProcess.Run("replay", "--rules-version", "2030-01-01", "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SR5013", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
