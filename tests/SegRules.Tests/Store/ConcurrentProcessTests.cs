using SegRules.Engine.Store;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>Two real <c>segrules</c> processes on one database: both work, or the second says the file is busy.</summary>
public sealed class ConcurrentProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Evaluate_TwoProcessesAtOnce_BothStoreEverything()
    {
        // Arrange
        var db = _temp.File("shared.db");
        DailyBalances.Write(_temp.File("a"), 4, new DateOnly(2017, 12, 4));
        DailyBalances.Write(_temp.File("b"), 4, new DateOnly(2017, 12, 11));
        // A batch holds the file while it evaluates and writes; under load that outlasts the default wait.
        var wait = new Dictionary<string, string> { ["SEGRULES_DB_WAIT"] = "300" };

        // Act
        using var first = CliProcess.Start(_temp.Path, wait, "evaluate", _temp.File("a"), "--db", db);
        using var second = CliProcess.Start(_temp.Path, wait, "evaluate", _temp.File("b"), "--db", db);
        var errors = new[] { first.StandardError.ReadToEndAsync(), second.StandardError.ReadToEndAsync() };
        _ = first.StandardOutput.ReadToEndAsync();
        _ = second.StandardOutput.ReadToEndAsync();
        first.WaitForExit();
        second.WaitForExit();

        // Assert
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(["", ""], errors.Select(e => e.Result));
        var records = StoredDatabase.Evaluations(db);
        Assert.Equal(8, records.Count);
        Assert.Equal(8, records.Select(r => r.AsOf).Distinct().Count());
    }

    [Fact]
    public void History_WhileAnotherProcessHoldsTheFile_SaysBusyAndExitsTwo()
    {
        // Arrange
        var db = _temp.File("held.db");
        using var holder = EvaluationStore.Open(db);

        // Act
        var result = CliProcess.Run(_temp.Path, new Dictionary<string, string> { ["SEGRULES_DB_WAIT"] = "0.3" }, "history", "--db", db);

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"segrules: cannot use {db} as the SegRules database: it is busy: another process (another segrules run?) is using it, and it stayed busy for 0.3 s; try again when that run has finished\n",
            result.Error);
    }

    public void Dispose() => _temp.Dispose();
}
