using SegRules.Tests.Support;

namespace SegRules.Tests.Hostile;

/// <summary>Names cannot forge output: control characters are shown escaped in text, and CSV cells cannot become formulas.</summary>
public sealed class ForgedOutputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void EvaluateAndHistory_FirmWithEscapesAndLineBreaks_ShownEscaped()
    {
        var balances = Balances("\"Evil\\e[2J\\rAs of: 1999-01-01\\nRules: forged\\u202e\"");
        var db = _temp.File("x.db");

        var statement = CliProcess.Run(_temp.Path, "evaluate", balances, "--db", db);
        var history = CliProcess.Run(_temp.Path, "history", "--db", db);
        var show = CliProcess.Run(_temp.Path, "show", "1", "--db", db);

        Assert.Contains(@"Evil\u{001B}[2J\u{000D}As of: 1999-01-01\u{000A}Rules: forged\u{202E}", statement.Output, StringComparison.Ordinal);
        foreach (var text in new[] { statement.Output, history.Output, show.Output })
        {
            Assert.Contains(@"Evil\u{001B}[2J\u{000D}As of", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain("\nRules: forged", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u202e', text);
        }
    }

    [Fact]
    public void Evaluate_ProblemQuotingEscapesFromTheFile_ShownEscapedOnStandardError()
    {
        var balances = _temp.Write("b.yaml", SampleBalances.Text.Replace("  7020: 1183297562\n", "  7020: \"12\\e[2J\\rforged\"\n", StringComparison.Ordinal));

        var result = CliProcess.Run(_temp.Path, "evaluate", balances, "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(@"12\u{001B}[2J\u{000D}forged", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\r', result.Error);
    }

    [Fact]
    public void HistoryCsv_FirmStartingWithFormula_Neutralised()
    {
        var db = _temp.File("x.db");
        Assert.Equal(0, CliProcess.Run(_temp.Path, "evaluate", Balances("\"=cmd|' /C calc'!A0\""), "--db", db).ExitCode);

        var csv = CliProcess.Run(_temp.Path, "history", "--format", "csv", "--db", db);

        var row = csv.Output.Split('\n')[1];
        Assert.Contains(",'=cmd|' /C calc'!A0,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateCsv_FormulaLabelNeutralisedNegativeFiguresKept()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        foreach (var page in Directory.EnumerateFiles(rules, "segregation.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(page, File.ReadAllText(page).Replace("label: \"Net ledger balance: Cash\"", "label: \"=HYPERLINK(\\\"http://x\\\")\"", StringComparison.Ordinal));
        }

        var csv = CliProcess.Run(_temp.Path, "evaluate", TestPaths.SeedSample, "--rules", rules, "--no-store", "--format", "csv");

        Assert.Equal(0, csv.ExitCode);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv.Output, StringComparison.Ordinal);
        Assert.Contains(",7033,-317239096\r\n", csv.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(",'-", csv.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private string Balances(string firm) =>
        _temp.Write($"b{Guid.NewGuid():N}.yaml", SampleBalances.Text.Replace("firm: Credit Suisse Securities (USA) LLC", "firm: " + firm, StringComparison.Ordinal));
}
