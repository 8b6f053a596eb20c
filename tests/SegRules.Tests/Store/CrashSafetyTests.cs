using System.Diagnostics;
using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Rules;
using SegRules.Engine.Store;
using SegRules.Tests.Support;
using Xunit.Abstractions;

namespace SegRules.Tests.Store;

/// <summary>
/// A real <c>segrules evaluate</c> batch killed while it writes leaves a database that opens, with the
/// evaluations stored before it whole and the batch either wholly there or not at all.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper log) : IDisposable
{
    private const int Earlier = 5;
    private const int Batch = 200;
    private readonly TempDirectory _temp = new();

    /// <summary>
    /// Kill when the batch has opened the database (its log file appears: the transaction is being
    /// filled), or when its commit has started writing the log.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_BatchKilledWhileWriting_EveryRecordWholeAndReproducible(bool whenLogWritten)
    {
        // Arrange: a few evaluations stored before, then a batch of 200 files in a child process.
        var db = _temp.File("crash.db");
        DailyBalances.Write(_temp.File("earlier"), Earlier, new DateOnly(2016, 12, 1));
        Assert.Equal(0, CliInProcess.Run("evaluate", _temp.File("earlier"), "--db", db).ExitCode);
        DailyBalances.Write(_temp.File("batch"), Batch, new DateOnly(2017, 1, 2), seed: 7);

        // Act
        var logFile = new FileInfo(_temp.File("crash-log.db"));
        var clock = Stopwatch.StartNew();
        using var child = CliProcess.Start(_temp.Path, new Dictionary<string, string>(), "evaluate", _temp.File("batch"), "--db", db);
        while (!child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            logFile.Refresh();
            if (logFile.Exists && (!whenLogWritten || logFile.Length > 0))
            {
                child.Kill(entireProcessTree: true);
                break;
            }

            Thread.Sleep(1);
        }

        child.WaitForExit();
        logFile.Refresh();
        log.WriteLine($"child {(child.ExitCode == 0 ? "finished before the kill" : $"killed after {clock.Elapsed.TotalSeconds:0.00} s")}; log left: {(logFile.Exists ? logFile.Length : 0)} bytes");

        // Assert: the file opens (replaying any committed log), the batch is all or nothing, and every
        // record replays exactly and equals a fresh evaluation of its file.
        var replay = CliInProcess.Run("replay", "--as-stored", "--db", db);
        using var store = EvaluationStore.Open(db);
        var records = store.Find(new EvaluationQuery());
        log.WriteLine($"records after: {records.Count}");
        Assert.Contains(records.Count, new[] { Earlier, Earlier + Batch });
        Assert.Equal((0, ""), (replay.ExitCode, replay.Error));
        var evaluator = new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(TestPaths.BundledRules), new Engine.Pipeline.CompiledRuleSets(FormCompiler.Shared, null));
        Assert.All(records, record =>
        {
            var fresh = EvaluationRecords.From(evaluator.Evaluate(record.SourceFile).Evaluation!);
            Assert.Equal(fresh.Lines.OrderBy(kv => kv.Key), record.Lines.OrderBy(kv => kv.Key));
            Assert.Equal(fresh.Findings.Select(f => f.Message), record.Findings.Select(f => f.Message));
            Assert.NotNull(store.RuleSet(record.RulesetHash));
        });
    }

    public void Dispose() => _temp.Dispose();
}
