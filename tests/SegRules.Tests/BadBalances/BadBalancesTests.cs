using SegRules.Tests.Support;

namespace SegRules.Tests.BadBalances;

/// <summary>
/// Every bad balances file is refused with exit code 2 and exactly the expected diagnostics, at the
/// right line and column, without a stack trace and without storing anything. The file is shown
/// relative to the working folder when it lies below it (the child-process runs), else absolute.
/// </summary>
public sealed class BadBalancesTests
{
    public static TheoryData<string> Cases => new(BadBalancesCase.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_BadBalancesInProcess_ExitsTwoWithExpectedDiagnostics(string name)
    {
        var bad = BadBalancesCase.Load(name);
        using var temp = new TempDirectory();
        var balances = bad.CopyInto(temp);
        var db = temp.File("x.db");

        var result = CliInProcess.Run("evaluate", balances, "--db", db);

        AssertRejected(bad, balances, result, db);
    }

    [Theory]
    [InlineData("yaml-syntax-error")]
    [InlineData("json-missing-inputs")]
    [InlineData("missing-file")]
    public void Evaluate_BadBalancesInChildProcess_ExitsTwoWithRelativeFileNames(string name)
    {
        var bad = BadBalancesCase.Load(name);
        using var temp = new TempDirectory();
        bad.CopyInto(temp);

        var result = CliProcess.Run(temp.Path, "evaluate", bad.BalancesFile, "--db", "x.db");

        AssertRejected(bad, bad.BalancesFile, result, temp.File("x.db"));
    }

    [Fact]
    public void BadBalancesCorpus_EveryBalancesFile_HasExpectedDiagnostics()
    {
        var named = BadBalancesCase.Names.Select(BadBalancesCase.Load).Select(c => c.BalancesFile).ToHashSet();

        var fixtures = Directory.EnumerateFiles(TestPaths.BadBalances).Select(f => Path.GetFileName(f)).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal));

        Assert.All(fixtures, f => Assert.Contains(f, named));
    }

    private static void AssertRejected(BadBalancesCase bad, string display, CliProcess.Result result, string db)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n');
        foreach (var expected in bad.Expected)
        {
            var located = expected.Located(display);
            Assert.True(lines.Any(l => l.StartsWith(located, StringComparison.Ordinal) && l.Contains(expected.Fragment ?? "", StringComparison.Ordinal)),
                $"expected a line starting '{located}' containing '{expected.Fragment}' in:\n{result.Error}");
        }

        var count = bad.Expected.Count;
        Assert.Contains(count == 1 ? "1 problem found;" : $"{count} problems found;", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        Assert.Empty(StoredDatabase.Evaluations(db));
    }
}
