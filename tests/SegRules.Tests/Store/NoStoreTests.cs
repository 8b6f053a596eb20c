using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary><c>--no-store</c> evaluates without touching any database.</summary>
public sealed class NoStoreTests
{
    [Fact]
    public void Evaluate_NoStoreWithDb_CreatesNoDatabaseFile()
    {
        using var temp = new TempDirectory();
        var db = temp.File("e.db");

        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db, "--no-store");

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(db));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }
}
