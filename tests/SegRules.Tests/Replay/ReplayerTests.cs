using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Replay;
using SegRules.Engine.Rules;
using SegRules.Engine.Store;
using SegRules.Tests.Support;

namespace SegRules.Tests.Replay;

/// <summary>A stored evaluation replays exactly on its snapshot; a tampered record or snapshot, or another version, shows as differences.</summary>
public sealed class ReplayerTests : IDisposable
{
    private static readonly string FiledBalances = SampleBalances.Text + "filed:\n  7180: 5788380288\n  7198: 78383777\n";

    private readonly TempDirectory _temp = new();
    private readonly Replayer _replayer = new(new Engine.Pipeline.CompiledRuleSets(FormCompiler.Shared, null));
    private readonly RuleRepository _bundled = new(TestPaths.BundledRules);

    [Fact]
    public void AsStored_StoredWithFiledFigures_ReproducesEveryLineAndFinding()
    {
        // Arrange
        var (record, snapshot) = Store(FiledBalances);

        // Act
        var replay = _replayer.AsStored(record, snapshot);

        // Assert
        Assert.Equal(2, record.Filed.Count);
        Assert.Contains(record.Findings, f => f.Check == "seg_filed_7180");
        Assert.False(replay.Differs, string.Join("\n", replay.Problems));
        Assert.Equal("2014-11-14", replay.Version);
    }

    [Fact]
    public void AsStored_LineValueAltered_ReportsThatLineOnly()
    {
        // Arrange
        var (record, snapshot) = Store(SampleBalances.Text);
        record.Lines["7190"] += 1;

        // Act
        var replay = _replayer.AsStored(record, snapshot);

        // Assert
        var line = Assert.Single(replay.Lines);
        Assert.Equal(new LineDifference("7190", 350_288_369m, 350_288_368m), line);
        Assert.Empty(replay.Findings);
    }

    [Fact]
    public void AsStored_FindingFigureAltered_ReportsTheMessageWordedFromTheStoredFigure()
    {
        // Arrange: read as a replay reads it, without words
        var (record, snapshot) = Store(FiledBalances, texts: false);
        var altered = record.Findings.First(f => f.Figures!.Count > 0);
        altered.Figures![0] += 1;

        // Act
        var replay = _replayer.AsStored(record, snapshot);

        // Assert
        var finding = Assert.Single(replay.Findings);
        Assert.Equal(["message"], finding.Fields);
        Assert.Equal(altered.Check, finding.Check);
        Assert.NotEqual("", finding.Stored!.Title);
        Assert.NotEqual(finding.Replayed!.Message, finding.Stored.Message);
    }

    [Fact]
    public void AsStored_MessageAlteredInRecordOfThePreviousRelease_ReportsTheMessage()
    {
        // Arrange: a record of the previous release keeps words and no figures
        var (record, snapshot) = Store(FiledBalances);
        record.Findings.ForEach(f => f.Figures = null);
        record.Findings[0].Message += ".";

        // Act
        var replay = _replayer.AsStored(record, snapshot);

        // Assert
        var finding = Assert.Single(replay.Findings);
        Assert.Equal(["message"], finding.Fields);
    }

    [Fact]
    public void AsStored_SnapshotTextAltered_ReportsSnapshotAltered()
    {
        // Arrange
        var (record, snapshot) = Store(SampleBalances.Text);
        snapshot.Files[0].Text += "# edited in the database\n";

        // Act
        var replay = _replayer.AsStored(record, snapshot);

        // Assert
        Assert.True(replay.Failed);
        Assert.Equal(DiagnosticCatalog.SnapshotAltered, Assert.Single(replay.Problems).Descriptor);
    }

    [Fact]
    public void AsStored_NoSnapshot_ReportsSnapshotMissing()
    {
        var (record, _) = Store(SampleBalances.Text);

        var replay = _replayer.AsStored(record, null);

        Assert.Equal($"evaluation {record.Id}: error SR6001: the rule set {record.RulesetHash[..12]} that evaluation {record.Id} ran on is not in the database: the record cannot be shown or reproduced",
            Assert.Single(replay.Problems).ToString());
    }

    [Fact]
    public void Against_VersionWithoutTargets_LeavesTargetsOutAndReportsTargetLines()
    {
        // Arrange
        var (record, _) = Store(FiledBalances);

        // Act
        var replay = _replayer.Against(record, _bundled, "2012-11-08");

        // Assert
        Assert.Empty(replay.Problems);
        Assert.Equal(
            ["targets (segregation, secured, swaps) left out: daily-seg 2012-11-08 has no residual interest targets",
             "filed figures 7198 left out: daily-seg 2012-11-08 has no such lines"],
            replay.Notes);
        Assert.Contains(replay.Lines, l => l is { Key: "7198", Replayed: null });
        Assert.DoesNotContain(replay.Lines, l => l.Key == "7190");
    }

    [Fact]
    public void Against_OldRecordOnVersionWithTargets_FailsWithMissingTargetsAtTheRecord()
    {
        // Arrange
        var (record, _) = Store(SampleBalances.BeforeTargets);

        // Act
        var replay = _replayer.Against(record, _bundled, "2012-11-30");

        // Assert
        Assert.Equal("2012-11-08", record.Version);
        Assert.True(replay.Failed);
        Assert.All(replay.Problems, p => Assert.Equal(DiagnosticCatalog.MissingTarget, p.Descriptor));
        Assert.Equal($"evaluation {record.Id}/values", replay.Problems[0].Position?.File);
    }

    [Fact]
    public void Against_NoVersionGiven_UsesVersionInForceOnRecordDate()
    {
        var (record, _) = Store(SampleBalances.Text);

        var replay = _replayer.Against(record, _bundled, null);

        Assert.Equal("2014-11-14", replay.Version);
        Assert.False(replay.Differs);
    }

    public void Dispose() => _temp.Dispose();

    private (EvaluationRecord Record, RuleSetSnapshot Snapshot) Store(string balances, bool texts = true)
    {
        var db = _temp.File($"{Guid.NewGuid():N}.db");
        var result = CliInProcess.Run("evaluate", _temp.Write($"{Guid.NewGuid():N}.yaml", balances), "--db", db);
        Assert.Equal(0, result.ExitCode);
        using var store = EvaluationStore.Open(db);
        var record = Assert.Single(store.Oldest(new EvaluationQuery(), texts).ToArray());
        return (record, store.RuleSet(record.RulesetHash)!);
    }
}
