using System.Text.Json;
using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary><c>evaluate</c> with several files or a folder: stored in one go, or not at all when any file has a problem.</summary>
public sealed class BatchEvaluateTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Evaluate_Folder_StoresEveryFileAndPrintsOneRowEach()
    {
        // Arrange
        var files = DailyBalances.Write(_temp.File("in"), 5, new DateOnly(2017, 12, 18));
        var db = _temp.File("e.db");

        // Act
        var result = CliInProcess.Run("evaluate", _temp.File("in"), "--db", db);

        // Assert
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.StartsWith($"Evaluated 5 balances files.\nStored:  evaluations 1 to 5 in {db}\n", result.Output, StringComparison.Ordinal);
        Assert.All(files, f => Assert.Contains(Path.GetFileName(f), result.Output, StringComparison.Ordinal));
        Assert.Equal(files.Select(f => f), StoredDatabase.Evaluations(db).OrderBy(r => r.Id).Select(r => r.SourceFile));
    }

    [Fact]
    public void Evaluate_BatchWithOneBadFile_ReportsItAndStoresNothing()
    {
        // Arrange
        DailyBalances.Write(_temp.File("in"), 3, new DateOnly(2017, 12, 18));
        var bad = WriteBadFile();
        var db = _temp.File("e.db");

        // Act
        var result = CliInProcess.Run("evaluate", _temp.File("in"), "--db", db);

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"{bad}(", result.Error, StringComparison.Ordinal);
        Assert.Contains("error SR5001", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("1 problem found; 1 of 4 files have problems; nothing was stored.\n", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Evaluate_BadFileAfterTheFirstChunks_StoresNothingAndCreatesNoDatabase()
    {
        // Arrange: 600 files, the bad one after two chunks of 256 have been written into the transaction.
        DailyBalances.Write(_temp.File("in"), 600, new DateOnly(2017, 12, 18));
        var bad = WriteBadFile();
        var db = _temp.File("new.db");

        // Act
        var result = CliInProcess.Run("evaluate", _temp.File("in"), "--db", db);

        // Assert
        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.Contains($"{bad}(", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("1 problem found; 1 of 601 files have problems; nothing was stored.\n", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
        Assert.False(File.Exists(_temp.File("new-log.db")));
    }

    [Fact]
    public void Evaluate_BadFileInABatchIntoAnExistingDatabase_LeavesItsRecordsAsTheyWere()
    {
        // Arrange
        var db = _temp.File("e.db");
        Assert.Equal(0, CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db).ExitCode);
        DailyBalances.Write(_temp.File("in"), 300, new DateOnly(2017, 12, 18));
        WriteBadFile();

        // Act
        var result = CliInProcess.Run("evaluate", _temp.File("in"), "--db", db, "--format", "json");

        // Assert
        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.Equal([1L], StoredDatabase.Evaluations(db).Select(r => r.Id));
        Assert.Contains("stored as evaluation 2 ", CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db, "--out", _temp.File("s.txt")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoStoreJsonBatchWithABadFile_PrintsNoPartialList()
    {
        DailyBalances.Write(_temp.File("in"), 300, new DateOnly(2017, 12, 18));
        WriteBadFile();

        var result = CliInProcess.Run("evaluate", _temp.File("in"), "--no-store", "--format", "json");

        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.Contains("1 of 301 files have problems", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SecondFileMissing_ReportsItAndStoresNothing()
    {
        var db = _temp.File("e.db");

        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "no-such.yaml", "--db", db);

        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.StartsWith("no-such.yaml: error SR1006: cannot read no-such.yaml: the file does not exist\n", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Evaluate_TwoFilesAsJson_PrintsListOfEvaluationObjects()
    {
        // Arrange
        var files = DailyBalances.Write(_temp.File("in"), 2, new DateOnly(2017, 12, 18));

        // Act
        var result = CliInProcess.Run(["evaluate", .. files, "--format", "json", "--no-store"]);

        // Assert
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["2017-12-18", "2017-12-19"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("asOf").GetString()));
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("stored").ValueKind));
    }

    [Fact]
    public void Evaluate_FolderWithoutBalancesFiles_ExitsTwo()
    {
        Directory.CreateDirectory(_temp.File("empty"));

        var result = CliInProcess.Run("evaluate", _temp.File("empty"), "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"segrules: the folder {_temp.File("empty")} holds no balances files (*.yaml, *.yml, *.json)\n", result.Error);
    }

    [Fact]
    public void Evaluate_ManyFilesOfTwoVersions_LoadsAndCompilesEachVersionOnce()
    {
        // Arrange
        var files = DailyBalances.Write(_temp.File("new"), 4, new DateOnly(2017, 12, 18))
            .Append(_temp.Write("old.yaml", SampleBalances.BeforeTargets))
            .ToArray();
        var compiler = new FormCompiler();
        var evaluator = new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(TestPaths.BundledRules), new Engine.Pipeline.CompiledRuleSets(compiler, null));

        // Act
        var evaluations = files.Select(f => evaluator.Evaluate(f).Evaluation!).ToArray();

        // Assert
        Assert.Equal(2, compiler.Compilations);
        Assert.Equal(2, evaluations.Select(e => e.Form).Distinct().Count());
    }

    // A balances file in the batch's folder, sorted last, whose 7020 is not a figure (SR5001).
    private string WriteBadFile() => _temp.Write("in/zz-bad.yaml", SampleBalances.Text.Replace("  7020: 1183297562\n", "  7020: lots\n", StringComparison.Ordinal));

    public void Dispose() => _temp.Dispose();
}
