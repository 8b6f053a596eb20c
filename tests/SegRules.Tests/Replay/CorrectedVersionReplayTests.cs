using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Replay;

/// <summary>
/// Version 2012-11-30 was corrected by issue 10 (it carried the 2013 customer protection rules from
/// 2012). Evaluations stored on the rule files as they were before (kept in Fixtures/RulesBeforeIssue10)
/// still replay exactly on their own snapshot, and replaying them on the corrected version shows what
/// the correction changes.
/// </summary>
public sealed class CorrectedVersionReplayTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static string RulesBefore => Path.Combine(TestPaths.RepoRoot, "tests", "SegRules.Tests", "Fixtures", "RulesBeforeIssue10");

    [Fact]
    public void Replay_EvaluationStoredBeforeTheCorrection_AsStoredExactAndCorrectedVersionDiffers()
    {
        // Arrange: a 2013 statement evaluated and stored on the 2012-11-30 rules as they were; they
        // fired the 1.22 check, a year before 78 FR 68506 was published.
        var db = _temp.File("before.db");
        var balances = _temp.Write("2013.yaml", SampleBalances.Text.Replace("as_of: 2017-12-26", "as_of: 2013-06-03", StringComparison.Ordinal)
            + "supplemental:\n  seg_undermargined_prior_close: 700000000\n");
        var stored = CliInProcess.Run("evaluate", balances, "--rules", RulesBefore, "--db", db);
        Assert.True(stored.ExitCode == 0, stored.Error);
        var record = Assert.Single(StoredDatabase.Evaluations(db));
        Assert.Contains(record.Findings, f => f.Check == "seg_residual_below_undermargined");

        // Act
        var asStored = CliInProcess.Run("replay", "--as-stored", "--db", db);
        var corrected = CliInProcess.Run("replay", "--rules-version", "2012-11-30", "--db", db, "--format", "json");

        // Assert
        Assert.Equal((0, "1 evaluation(s) replayed on their own rule sets: all reproduced exactly.\n"), (asStored.ExitCode, asStored.Output));
        Assert.Equal(1, corrected.ExitCode);
        using var json = JsonDocument.Parse(corrected.Output);
        var replayed = Assert.Single(json.RootElement.GetProperty("records").EnumerateArray());
        Assert.NotEqual(record.RulesetHash, RuleSets.Load(Path.Combine(TestPaths.BundledRules, "daily-seg", "2012-11-30")).Hash);
        Assert.Contains("seg_undermargined_prior_close", replayed.ToString(), StringComparison.Ordinal);
        Assert.Contains("seg_residual_below_undermargined", replayed.GetProperty("findings").ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
