using LiteDB;
using SegRules.Engine.Store;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>The database file is held exclusively while open: a second opener waits, then says the file is busy.</summary>
public sealed class StoreLockTests
{
    [Fact]
    public void Open_WhileOpenElsewhere_SaysBusyAfterWaiting()
    {
        // Arrange
        using var temp = new TempDirectory();
        var db = temp.File("e.db");
        using var first = EvaluationStore.Open(db);

        // Act
        var error = Assert.Throws<StoreException>(() => EvaluationStore.Open(db, TimeSpan.FromMilliseconds(200)));

        // Assert
        Assert.Equal($"cannot use {db} as the SegRules database: it is busy: another process (another segrules run?) is using it, and it stayed busy for 0.2 s; try again when that run has finished", error.Message);
    }

    [Fact]
    public async Task Open_ReleasedWhileWaiting_Opens()
    {
        // Arrange
        using var temp = new TempDirectory();
        var db = temp.File("e.db");
        var first = EvaluationStore.Open(db);
        var release = Task.Delay(300).ContinueWith(_ => first.Dispose(), TaskScheduler.Default);

        // Act
        using var second = EvaluationStore.Open(db, TimeSpan.FromSeconds(20));

        // Assert
        await release;
        Assert.Equal(0, second.Count(new EvaluationQuery()));
    }

    [Fact]
    public void Open_TwoReaders_BothOpen()
    {
        // Arrange
        using var temp = new TempDirectory();
        var db = SeedDatabase(temp);

        // Act
        using var first = EvaluationStore.Open(db, TimeSpan.Zero, readOnly: true);
        using var second = EvaluationStore.Open(db, TimeSpan.Zero, readOnly: true);

        // Assert
        Assert.Single(first.Find(new EvaluationQuery()));
        Assert.Single(second.Find(new EvaluationQuery()));
    }

    [Fact]
    public void Open_WriterWhileReaderOpen_SaysBusy()
    {
        // Arrange
        using var temp = new TempDirectory();
        var db = SeedDatabase(temp);
        using var reader = EvaluationStore.Open(db, TimeSpan.Zero, readOnly: true);

        // Act
        var error = Assert.Throws<StoreException>(() => EvaluationStore.Open(db, TimeSpan.Zero));

        // Assert
        Assert.Contains("it is busy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_AfterSave_LeavesNoLogFile()
    {
        // Arrange
        using var temp = new TempDirectory();
        var db = temp.File("e.db");

        // Act
        Assert.Equal(0, CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db).ExitCode);

        // Assert
        Assert.Equal(["e.db"], Directory.EnumerateFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Open_LiteDbFileOfAnotherProgram_RefusedAndLeftUnchanged()
    {
        // Arrange
        using var temp = new TempDirectory();
        var db = temp.File("other.db");
        using (var other = new LiteDatabase(db))
        {
            other.GetCollection("customers").Insert(new BsonDocument { ["name"] = "x" });
        }

        var before = File.ReadAllBytes(db);

        // Act
        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db);

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"segrules: cannot use {db} as the SegRules database: it is the LiteDB database of another program (collections: customers), so it was left as it is; name another file with --db",
            result.Error.TrimEnd('\n'));
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    private static string SeedDatabase(TempDirectory temp)
    {
        var db = temp.File("e.db");
        Assert.Equal(0, CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db).ExitCode);
        return db;
    }
}
