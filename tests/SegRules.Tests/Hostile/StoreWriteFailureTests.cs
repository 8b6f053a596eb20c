using SegRules.Tests.Support;

namespace SegRules.Tests.Hostile;

/// <summary>
/// A write to the store that cannot complete is reported in one line with exit 2, never as stored,
/// and the evaluations stored before stay as they were (LiteDB's writer thread used to swallow a
/// full disk: "Stored: evaluation 15", exit 0, nothing stored).
/// </summary>
public sealed class StoreWriteFailureTests
{
    [LinuxRootFact]
    public void Evaluate_DiskFull_ExitsTwoStoresNothingAndKeepsEarlierRecords()
    {
        // Arrange: one evaluation stored, then the disk filled.
        using var disk = new SmallDisk(1200);
        var db = disk.File("full.db");
        Assert.Equal(0, CliProcess.Run(Path.GetTempPath(), "evaluate", TestPaths.SeedSample, "--db", db).ExitCode);
        disk.Fill(kilobytesLeft: 12);
        var before = File.ReadAllBytes(db);

        for (var run = 0; run < 3; run++)
        {
            // Act
            var result = CliProcess.Run(Path.GetTempPath(), "evaluate", TestPaths.SeedSample, "--db", db);

            // Assert
            Assert.Equal(2, result.ExitCode);
            Assert.DoesNotContain("Stored", result.Output, StringComparison.Ordinal);
            Assert.Equal($"segrules: nothing was stored in {db}: writing {disk.File("full-log.db")} failed: No space left on device; the evaluations stored before are as they were",
                result.Error.TrimEnd('\n'));
        }

        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Single(StoredDatabase.Evaluations(db));
    }

    [LinuxRootFact]
    public void EvaluateBatch_DiskFull_ExitsTwoAndStoresNoneOfTheBatch()
    {
        using var disk = new SmallDisk(1200);
        using var temp = new TempDirectory();
        var db = disk.File("full.db");
        Assert.Equal(0, CliProcess.Run(temp.Path, "evaluate", TestPaths.SeedSample, "--db", db).ExitCode);
        DailyBalances.Write(temp.File("batch"), 40, new DateOnly(2017, 1, 2));
        disk.Fill(kilobytesLeft: 40);

        var result = CliProcess.Run(temp.Path, "evaluate", temp.File("batch"), "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Stored", result.Output, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("No space left on device", result.Error, StringComparison.Ordinal);
        Assert.Single(StoredDatabase.Evaluations(db));
    }

    [LinuxRootFact]
    public void Evaluate_NewDatabaseOnFullDisk_ExitsTwoAndLeavesNoFile()
    {
        // Smaller than a new database with the sample's record (128 KB) and its log.
        using var disk = new SmallDisk(128);
        var db = disk.File("new.db");

        var result = CliProcess.Run(Path.GetTempPath(), "evaluate", TestPaths.SeedSample, "--db", db);

        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.StartsWith($"segrules: nothing was stored in {db}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
        Assert.False(File.Exists(disk.File("new-log.db")));
    }

    [LinuxFact]
    public void Evaluate_FileSizeLimitReached_ExitsTwoAndLeavesNoNewDatabase()
    {
        // A file size limit (ulimit -f, with SIGXFSZ ignored) makes writes past 64 KiB fail, as a full disk does, without root.
        using var temp = new TempDirectory();
        var db = temp.File("limited.db");
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["-c", $"trap '' XFSZ; ulimit -f 64; exec dotnet '{TestPaths.CliDll}' evaluate '{TestPaths.SeedSample}' --db '{db}'"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = temp.Path,
        };
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        start.Environment["HOME"] = temp.Path;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)));

        Assert.Equal((2, ""), (process.ExitCode, output.Result));
        Assert.StartsWith($"segrules: nothing was stored in {db}: writing {temp.File("limited-log.db")} failed: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void EvaluateBatch_LongerThanTheBoundButAdvancing_IsWaitedForAndStored()
    {
        // Arrange: 2,000 files take seconds to evaluate, the bound is one second; the rule set is compiled beforehand.
        using var temp = new TempDirectory();
        DailyBalances.Write(temp.File("in"), 2000, new DateOnly(2017, 12, 18));
        Assert.Equal(0, CliProcess.Run(temp.Path, "evaluate", TestPaths.SeedSample, "--no-store").ExitCode);
        var db = temp.File("long.db");
        var bound = new Dictionary<string, string> { ["SEGRULES_DB_WRITE_TIMEOUT"] = "1", ["SEGRULES_DB_WAIT"] = "0" };

        // Act
        var result = CliProcess.Run(temp.Path, bound, "evaluate", temp.File("in"), "--db", db);

        // Assert
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.StartsWith($"Evaluated 2000 balances files.\nStored:  evaluations 1 to 2000 in {db}\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WriteNotFinishedWithinBound_ReportedNotWaitedOn()
    {
        using var temp = new TempDirectory();
        var db = temp.File("slow.db");
        var bound = new Dictionary<string, string> { ["SEGRULES_DB_WRITE_TIMEOUT"] = "0", ["SEGRULES_DB_WAIT"] = "0" };

        var result = CliProcess.Run(temp.Path, bound, "evaluate", TestPaths.SeedSample, "--db", db);

        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.Equal($"segrules: the write to {db} did not finish within 0 s (the disk or file system is not answering); whether the evaluations were stored is unknown: check with segrules history once it answers",
            result.Error.TrimEnd('\n'));
    }
}
