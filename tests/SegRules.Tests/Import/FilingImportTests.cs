using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Tests.Support;

namespace SegRules.Tests.Import;

/// <summary>The seed filing's extracted text imports into exactly its 95 coded figures, its targets, firm and date.</summary>
public sealed class FilingImportTests
{
    private static readonly Lazy<Engine.Import.FilingImport> Seed = new(() => SeedFiling.Imported(SeedFiling.Text));

    [Fact]
    public void Import_SeedText_YieldsAllNinetyFiveCodedFiguresExactly()
    {
        var filed = Seed.Value.Balances.Filed.ToDictionary(f => f.Key.Value, f => f.Value);

        Assert.Equal(95, filed.Count);
        Assert.Equal(SeedFigures.All.OrderBy(kv => kv.Key), filed.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Import_SeedText_PutsExactlyTheInputLinesUnderValues()
    {
        var values = Seed.Value.Balances.Values.ToDictionary(f => f.Key.Value, f => f.Value);

        Assert.Equal(SeedInputs.All.OrderBy(kv => kv.Key), values.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Import_SeedText_ReadsFirmEndDateAndVersionInForce()
    {
        var balances = Seed.Value.Balances;

        Assert.Equal("Credit Suisse Securities (USA) LLC", balances.Firm);
        Assert.Equal(new DateOnly(2017, 12, 26), balances.AsOf);
        Assert.Equal("daily-seg", balances.Form);
        Assert.Equal("2014-11-14", Seed.Value.Form.Info.Version);
        Assert.Equal("12/27/2017", Seed.Value.Header.SubmitDate?.Value);
    }

    [Fact]
    public void Import_SeedText_HoldsEveryStatement()
    {
        Assert.Null(Seed.Value.Balances.Statements);
    }

    [Fact]
    public void Import_HolidayFilingWithoutTheSegregationStatement_HoldsOnlySecuredAndSwapsAndTheirTargets()
    {
        // A filing made on a U.S. bank holiday with foreign markets open: the seed without its segregation page.
        var lines = SeedFiling.Text.Split('\n');
        var page = Array.FindIndex(lines, l => l.StartsWith("Daily Segregation - Segregation Statement", StringComparison.Ordinal));
        var next = Array.FindIndex(lines, page, l => l.StartsWith("Daily Segregation - Swaps Statement", StringComparison.Ordinal));
        var holiday = string.Join('\n', lines[..(page - 6)].Concat(lines[(next - 6)..]));

        var imported = SeedFiling.Imported(holiday).Balances;

        Assert.Equal(["secured", "swaps"], imported.Statements!.Select(s => s.Value));
        Assert.Equal(["secured", "swaps"], imported.Targets.Select(t => t.Pool.Value));
        Assert.DoesNotContain(imported.Filed, f => f.Key.Value.StartsWith("70", StringComparison.Ordinal));
        Assert.Contains(imported.Filed, f => f.Key.Value == "7305");
    }

    [Fact]
    public void Import_SeedCoverPage_ReadsFivePercentForEveryPool()
    {
        var targets = Seed.Value.Balances.Targets.Select(t => $"{t.Pool.Value}:{t.Choice.Value}:{string.Join("/", t.Figures)}");

        Assert.Equal(["segregation:percent:5", "secured:percent:5", "swaps:percent:5"], targets);
    }

    [Fact]
    public void Import_FigureSplitFromItsCodeAcrossLines_KeepsFigureAndPointsAtBoth()
    {
        var figure = Seed.Value.Balances.Filed.Single(f => f.Key.Value == "7530");

        Assert.Equal(1_137_433_633m, figure.Value);
        Assert.Equal(148, figure.Key.Start.Line);
        Assert.Equal(1, figure.Key.Start.Column);
    }

    [Theory]
    [InlineData("7033", "-317239096")]
    [InlineData("7040", "5437806522")]
    [InlineData("8530", "0")]
    [InlineData("8570", "-126840326")]
    [InlineData("8580", "1155371")]
    [InlineData("8640", "0")]
    [InlineData("7305", "0")]
    public void Import_MarkedUpFigures_ReadWithoutTheirMarkup(string code, string expected)
    {
        Assert.Equal(decimal.Parse(expected), Seed.Value.Balances.Filed.Single(f => f.Key.Value == code).Value);
    }

    [Fact]
    public void Import_UncodedSwapsFundsOnHandAndTrailingNumbers_AreNotImported()
    {
        var keys = Seed.Value.Balances.Filed.Select(f => f.Key.Value).ToArray();

        Assert.All(keys, k => Assert.True(k.All(char.IsAsciiDigit)));
        Assert.DoesNotContain(keys, k => k.StartsWith("swaps_", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_SeedText_BindsToTheVersionWithoutProblems()
    {
        var diagnostics = new DiagnosticBag();

        var inputs = BalancesBinder.Bind(Seed.Value.Balances, Seed.Value.Form, diagnostics);

        Assert.NotNull(inputs);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(95, inputs!.Filed.Count);
    }

    [Fact]
    public void BalancesYamlWriter_ImportedSeed_ReadsBackToTheSameFigures()
    {
        var yaml = BalancesYamlWriter.Write(Seed.Value.Balances, Seed.Value.Form, ["a comment"]);
        var diagnostics = new DiagnosticBag();

        var read = BalancesReader.Parse("imported.yaml", yaml, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(Seed.Value.Balances.Firm, read!.Firm);
        Assert.Equal(Seed.Value.Balances.AsOf, read.AsOf);
        Assert.Equal(Seed.Value.Balances.Filed.Select(f => (f.Key.Value, f.Value)).Order(), read.Filed.Select(f => (f.Key.Value, f.Value)).Order());
        Assert.Equal(Seed.Value.Balances.Values.Select(f => (f.Key.Value, f.Value)).Order(), read.Values.Select(f => (f.Key.Value, f.Value)).Order());
        Assert.Equal(3, read.Targets.Count);
        Assert.StartsWith("# a comment\n", yaml, StringComparison.Ordinal);
    }
}
