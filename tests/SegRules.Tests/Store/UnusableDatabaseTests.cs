using System.Text;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>A <c>--db</c> file that is not a SegRules database is refused in one line and left exactly as it was.</summary>
public sealed class UnusableDatabaseTests
{
    public static TheoryData<string> NotDatabases => new("random-bytes", "short-random-bytes", "text", "litedb-cut-mid-page");

    [Theory]
    [MemberData(nameof(NotDatabases))]
    public void Evaluate_DbFileNotADatabase_ExitsTwoWithOneLineError(string kind)
    {
        using var temp = new TempDirectory();
        var db = temp.File("not.db");
        File.WriteAllBytes(db, Contents(kind, temp));

        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"segrules: cannot use {db} as the SegRules database: it is not a LiteDB file, so it was left as it is; name another file with --db",
            result.Error.TrimEnd('\n', '\r'));
        Assert.Equal("", result.Output);
    }

    [Theory]
    [MemberData(nameof(NotDatabases))]
    public void Evaluate_DbFileNotADatabase_LeavesFileUnchanged(string kind)
    {
        using var temp = new TempDirectory();
        var db = temp.File("not.db");
        var before = Contents(kind, temp);
        File.WriteAllBytes(db, before);

        CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db);

        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Theory]
    [InlineData("history")]
    [InlineData("replay", "--as-stored")]
    public void ReadingCommand_LiteDbFileWithDamagedPages_ExitsTwoAndLeavesFileUnchanged(params string[] command)
    {
        // Arrange: a real database whose pages after the header are overwritten.
        using var temp = new TempDirectory();
        var db = temp.File("damaged.db");
        var bytes = RealDatabase(temp);
        RandomBytes(bytes.Length - 8192).CopyTo(bytes, 8192);
        File.WriteAllBytes(db, bytes);

        // Act
        var result = CliInProcess.Run([.. command, "--db", db]);

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"segrules: cannot use {db} as the SegRules database: it is ", result.Error, StringComparison.Ordinal);
        Assert.Contains("damaged", result.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(db));
    }

    [Fact]
    public void Evaluate_LiteDbFileWithDamagedLastPage_ExitsTwoAndLeavesEveryPageButTheHeader()
    {
        // Arrange
        using var temp = new TempDirectory();
        var db = temp.File("damaged.db");
        var bytes = RealDatabase(temp);
        RandomBytes(8192).CopyTo(bytes, bytes.Length - 8192);
        File.WriteAllBytes(db, bytes);

        // Act
        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db);

        // Assert: LiteDB flags its header page when it meets a damaged page; nothing else is written.
        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"segrules: cannot use {db} as the SegRules database: it is damaged", result.Error, StringComparison.Ordinal);
        Assert.Equal(bytes[8192..], File.ReadAllBytes(db)[8192..]);
    }

    [Fact]
    public void Evaluate_DbIsAFolder_ExitsTwoWithOneLineError()
    {
        using var temp = new TempDirectory();

        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"segrules: cannot use {temp.Path} as the SegRules database: it cannot be opened", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Evaluate_EmptyDbFile_StoresIntoItAsNewDatabase()
    {
        using var temp = new TempDirectory();
        var db = temp.File("empty.db");
        File.WriteAllBytes(db, []);

        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(StoredDatabase.Evaluations(db));
    }

    private static byte[] Contents(string kind, TempDirectory temp) => kind switch
    {
        "random-bytes" => RandomBytes(20_000),
        "short-random-bytes" => RandomBytes(100),
        "text" => Encoding.UTF8.GetBytes("firm: this is a balances file, not a database\n"),
        _ => RealDatabase(temp)[..(8192 + 100)],
    };

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(2017_12_26).NextBytes(bytes);
        return bytes;
    }

    private static byte[] RealDatabase(TempDirectory temp)
    {
        var db = temp.File("real.db");
        Assert.Equal(0, CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db).ExitCode);
        return File.ReadAllBytes(db);
    }
}
