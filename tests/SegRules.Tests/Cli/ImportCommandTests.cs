using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary><c>segrules import filing FILE [--out BALANCES]</c> writes a balances file that evaluates to the filing.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void ImportFiling_WithOut_WritesBalancesThatEvaluateToTheFiledStatement()
    {
        var balances = _temp.File("seed.yaml");

        var result = CliInProcess.Run("import", "filing", TestPaths.SeedFiling, "--out", balances);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Imported 95 coded figures (68 inputs, 27 computed lines) of Credit Suisse Securities (USA) LLC for 2017-12-26", result.Output);
        var evaluation = Scenario.Evaluate(_temp, File.ReadAllText(balances));
        Assert.All(SeedFigures.All, f => Assert.Equal(f.Value, evaluation.Values[new Engine.Model.LineKey(f.Key)]));
        Assert.Empty(Directory.GetFiles(_temp.Path, ".*.tmp"));
    }

    [Fact]
    public void ImportFiling_WithoutOut_PrintsTheBalancesFile()
    {
        var result = CliInProcess.Run("import", "filing", TestPaths.SeedFiling);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("as_of: 2017-12-26\n", result.Output);
        Assert.Contains("  segregation: { percent: 5 }\n", result.Output);
        Assert.Contains("filed:\n  7010: 3436213699\n", result.Output);
        Assert.Contains("  7180: 5788380188\n", result.Output);
    }

    [Fact]
    public void ImportFiling_CoverPageOnOneLine_WritesEachPoolsOwnTarget()
    {
        var lines = SeedFiling.Text.Split('\n');
        var cover = string.Join(" ", lines[19].Replace("0 5 0 0 0 0", "0 7 0 0 0 0", StringComparison.Ordinal),
            lines[20].Replace("0 5 0 0 0 0", "0 6 0 0 0 0", StringComparison.Ordinal), lines[21]);
        var filing = _temp.Write("one-line-cover.txt", string.Join('\n', lines[..19].Append(cover).Concat(lines[22..])));

        var result = CliInProcess.Run("import", "filing", filing);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains("targets:\n  segregation: { percent: 7 }\n  secured: { percent: 6 }\n  swaps: { percent: 5 }\n", result.Output);
    }

    [Fact]
    public void ImportFiling_GarbledText_ExitsTwoAndWritesNothing()
    {
        var filing = _temp.Write("garbled.txt", SeedFiling.EditedLine(261, "47,535,907 [7130]", "47,535,907 [7130] 1 [7130]"));
        var balances = _temp.File("out.yaml");

        var result = CliInProcess.Run("import", "filing", filing, "--out", balances);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("garbled.txt(261,19): error SR5016: [7130] reads 1 here but 47,535,907 at line 261, column 1", result.Error);
        Assert.Contains("1 problem found; nothing was written.", result.Error);
        Assert.False(File.Exists(balances));
    }

    [Fact]
    public void ImportFiling_MissingInputLine_ExitsTwoNamingIt()
    {
        var filing = _temp.Write("short.txt", SeedFiling.Edited("877,873,206 [7540]", ""));

        var result = CliInProcess.Run("import", "filing", filing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("short.txt(1,1): error SR5005: 1 input line(s) of daily-seg version 2014-11-14 have no figure: 7540", result.Error);
    }

    [Fact]
    public void ImportFiling_InChildProcess_ShowsPositionsRelativeToTheWorkingFolder()
    {
        _temp.Write("filing.txt", SeedFiling.EditedLine(150, "[7540]", "[7545]"));

        var result = CliProcess.Run(_temp.Path, "import", "filing", "filing.txt", "--out", "out.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("filing.txt(150,13): error SR5003: [7545] is not a line of daily-seg", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("out.yaml")));
    }

    public void Dispose() => _temp.Dispose();
}
