using System.Text;
using SegRules.Tests.Support;

namespace SegRules.Tests.Hostile;

/// <summary>
/// Hostile balances and rule files meet a limit with a clear error, a position and exit 2, quickly,
/// through the real program: nesting bombs in YAML and JSON, huge and endless files, zip bombs and
/// sheets of millions of rows, megabyte figures, a problem on every line; in a batch, such a file is
/// one problem among the others.
/// </summary>
public sealed class InputLimitProcessTests : IDisposable
{
    private const string Head = "firm: Test FCM\nas_of: 2017-12-26\n";
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Evaluate_YamlNested40000Deep_ExitsTwoAtTheLimit()
    {
        var file = _temp.Write("deep.yaml", Head + "values: " + new string('[', 40_000) + new string(']', 40_000) + "\n");

        var result = Evaluate(file);

        AssertRefused(result, "deep.yaml(3,72): error SR7103: the document nests deeper than 64 levels");
    }

    [Fact]
    public void Evaluate_JsonNested30000Deep_ExitsTwoAtTheLimit()
    {
        var file = _temp.Write("deep.json", "{\"firm\": \"x\", \"as_of\": \"2017-12-26\", \"values\": "
            + string.Concat(Enumerable.Repeat("{\"a\":", 30_000)) + "1" + new string('}', 30_000) + "}\n");

        var result = Evaluate(file);

        AssertRefused(result, "deep.json(1,363): error SR7103");
    }

    [Fact]
    public void RulesCheck_PageNested40000Deep_ExitsTwoAtTheLimit()
    {
        var version = _temp.CopyTree(TestPaths.CurrentVersion, "v");
        File.AppendAllText(Path.Combine(version, "swaps.yaml"), "deep: " + new string('[', 40_000) + new string(']', 40_000) + "\n");

        var result = CliProcess.Run(_temp.Path, "rules", "check", "--rules", version);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"v/swaps\.yaml\(\d+,70\): error SR7103", result.Error);
        CliAssert.NoStackTrace(result);
    }

    [Fact]
    public void Evaluate_BalancesOverFourMebibytes_ExitsTwoNamingTheLimit()
    {
        var file = _temp.Write("big.yaml", SampleBalances.Text + "# " + new string('x', 4 * 1024 * 1024) + "\n");

        var result = Evaluate(file);

        AssertRefused(result, "big.yaml: error SR1006: cannot read big.yaml: it is 4,");
        Assert.Contains("the limit is 4,194,304 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EndlessDevice_ExitsTwoAtTheSizeLimit()
    {
        var result = Evaluate("/dev/zero");

        AssertRefused(result, "error SR1006: cannot read /dev/zero: it is more than 4,");
    }

    [Fact]
    public void Evaluate_XlsxZipBomb_ExitsTwoWithoutUnpackingIt()
    {
        var file = HostileWorkbook.Bomb(_temp.File("bomb.xlsx"), 1024);
        Assert.True(new FileInfo(file).Length < 2 * 1024 * 1024);

        var result = Evaluate(file);

        AssertRefused(result, "bomb.xlsx: error SR7104: the workbook unpacks to more than 16,777,216 bytes");
    }

    [Fact]
    public void Evaluate_XlsxWithTwentyMillionRows_ExitsTwoWithoutReadingThem()
    {
        var file = HostileWorkbook.EmptyRows(_temp.File("rows.xlsx"), 20_000_000);

        var result = Evaluate(file);

        AssertRefused(result, "rows.xlsx: error SR7104");
    }

    [Fact]
    public void Evaluate_XlsxWithTwentyThousandRows_ExitsTwoAtTheRowAfterTheLimit()
    {
        var file = HostileWorkbook.TextRows(_temp.File("rows.xlsx"), 20_000);

        var result = Evaluate(file);

        AssertRefused(result, "rows.xlsx(10001,1): error SR7104: the balances sheet has more than 10,000 rows");
    }

    [Fact]
    public void Evaluate_MegabyteFigure_ExitsTwoQuotingNoneOfIt()
    {
        var file = _temp.Write("long.yaml", Head + "values:\n  7010: " + new string('1', 1_000_000) + "\n");

        var result = Evaluate(file);

        AssertRefused(result, "long.yaml(4,9): error SR7105: the figure for line 7010 is 1,000,000 characters long; a figure has at most 64 characters");
        Assert.True(result.Error.Length < 1000, "the error quotes the figure");
    }

    [Fact]
    public void Evaluate_MegabyteDate_QuotesAShortExcerpt()
    {
        var file = _temp.Write("date.yaml", SampleBalances.Text.Replace("as_of: 2017-12-26", "as_of: 2017-12-26" + new string('x', 1_000_000), StringComparison.Ordinal));

        var result = Evaluate(file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SR1007: '2017-12-26xxxx", result.Error, StringComparison.Ordinal);
        Assert.Contains("... (1,000,010 characters)", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 2000, "the error quotes the whole date");
    }

    [Fact]
    public void Evaluate_ProblemOnEveryLine_PrintsTheFirstHundredAndCountsTheRest()
    {
        var values = new StringBuilder(Head + "values:\n");
        for (var code = 1; code <= 5000; code++)
        {
            values.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {code}: x\n");
        }

        var result = Evaluate(_temp.Write("many.yaml", values.ToString()));

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(102, lines.Length);
        Assert.Equal("... and 4900 more", lines[100]);
        Assert.StartsWith("5000 problems found;", lines[101], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FolderWithNestingBombs_ReportsEachAmongTheOthersAndStoresNothing()
    {
        var folder = _temp.File("in");
        DailyBalances.Write(folder, 2, new DateOnly(2017, 12, 18));
        _temp.Write("in/deep.yaml", Head + "values: " + new string('[', 40_000) + new string(']', 40_000) + "\n");
        _temp.Write("in/deep.json", "{\"values\": " + new string('[', 40_000) + new string(']', 40_000) + "}\n");
        var database = _temp.File("store.db");

        var result = Evaluate(folder, "--db", database);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("deep.yaml(3,72): error SR7103", result.Error, StringComparison.Ordinal);
        Assert.Contains("deep.json(1,75): error SR7103", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 of 4 files have problems; nothing was stored.", result.Error, StringComparison.Ordinal);
        CliAssert.NoStackTrace(result);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void Evaluate_BatchWithZipBomb_ReportsItAmongTheOthers()
    {
        var bomb = HostileWorkbook.Bomb(_temp.File("bomb.xlsx"), 64);

        var result = Evaluate(TestPaths.SeedSample, bomb, "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bomb.xlsx: error SR7104", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 of 2 files have problems", result.Error, StringComparison.Ordinal);
        CliAssert.NoStackTrace(result);
    }

    private CliProcess.Result Evaluate(params string[] args) =>
        CliProcess.Run(_temp.Path, ["evaluate", .. args, .. args.Contains("--db") || args.Contains("--no-store") ? Array.Empty<string>() : ["--no-store"]]);

    private static void AssertRefused(CliProcess.Result result, string error)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
        CliAssert.NoStackTrace(result);
    }

    public void Dispose() => _temp.Dispose();
}
