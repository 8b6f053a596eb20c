using SegRules.Tests.Support;

namespace SegRules.Tests.Hostile;

/// <summary>
/// A damaged database is one clear error (exit 2, one line, no stack trace) and is never written:
/// real databases with bytes flipped at seeded positions, an empty file, an empty --db.
/// </summary>
public sealed class DamagedDatabaseTests
{
    public static TheoryData<int, int> Flips => new() { { 1, 1 }, { 2, 1 }, { 3, 20 }, { 4, 20 }, { 5, 20 }, { 6, 200 } };

    [Theory]
    [MemberData(nameof(Flips))]
    public void ReadingCommands_FlippedBytes_ExitZeroOrDamagedWithoutStackTraceAndFileUnchanged(int seed, int flips)
    {
        // Arrange: a real database of three evaluations, with bytes after the header flipped.
        using var temp = new TempDirectory();
        var db = temp.File("flipped.db");
        DailyBalances.Write(temp.File("days"), 3, new DateOnly(2017, 12, 1));
        Assert.Equal(0, CliInProcess.Run("evaluate", temp.File("days"), "--db", db).ExitCode);
        var bytes = File.ReadAllBytes(db);
        var random = new Random(seed);
        for (var i = 0; i < flips; i++)
        {
            bytes[random.Next(8192, bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        File.WriteAllBytes(db, bytes);

        foreach (var command in new[] { new[] { "history" }, ["history", "--format", "csv"], ["show", "2"], ["replay", "--as-stored"] })
        {
            // Act
            var result = CliProcess.Run(temp.Path, [.. command, "--db", db]);

            // Assert
            Assert.Contains(result.ExitCode, new[] { 0, 1, 2 });
            Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled", result.Error, StringComparison.Ordinal);
            if (result.ExitCode == 2)
            {
                Assert.Contains("damaged", result.Error.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
            }

            Assert.Equal(bytes, File.ReadAllBytes(db));
        }
    }

    [Theory]
    [InlineData("history")]
    [InlineData("show", "1")]
    [InlineData("replay", "--as-stored")]
    public void ReadingCommand_EmptyFile_NeverWritesToIt(params string[] command)
    {
        using var temp = new TempDirectory();
        var db = temp.File("empty.db");
        File.WriteAllBytes(db, []);

        var result = CliProcess.Run(temp.Path, [.. command, "--db", db]);

        Assert.Contains(result.ExitCode, new[] { 0, 2 });
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(File.ReadAllBytes(db));
        Assert.False(File.Exists(temp.File("empty-log.db")));
    }

    [Theory]
    [InlineData("history")]
    [InlineData("evaluate")]
    public void Command_EmptyDbOption_IsUsageError(string command)
    {
        using var temp = new TempDirectory();
        string[] args = command == "evaluate" ? [command, TestPaths.SeedSample, "--db", ""] : [command, "--db", ""];

        var result = CliProcess.Run(temp.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("segrules: --db names no file: give the database file's path, or leave --db out to use the default", result.Error.TrimEnd('\n'));
    }

    [Fact]
    public void Evaluate_FirmNameOfAnyLength_StoresAndIsFoundByExactName()
    {
        // Arrange: two long names that share their first 4,000 characters.
        using var temp = new TempDirectory();
        var db = temp.File("long.db");
        var common = new string('F', 4000);
        var first = temp.Write("a.yaml", SampleBalances.Text.Replace("firm: Credit Suisse Securities (USA) LLC", $"firm: {common}A", StringComparison.Ordinal));
        var second = temp.Write("b.yaml", SampleBalances.Text.Replace("firm: Credit Suisse Securities (USA) LLC", $"firm: {common}B", StringComparison.Ordinal));

        // Act
        var stored = new[] { CliInProcess.Run("evaluate", first, "--db", db), CliInProcess.Run("evaluate", second, "--db", db) };
        var found = CliInProcess.Run("history", "--firm", common + "b", "--format", "csv", "--db", db);

        // Assert
        Assert.All(stored, r => Assert.Equal((0, ""), (r.ExitCode, r.Error)));
        var rows = found.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("2,", rows[1], StringComparison.Ordinal);
    }
}
