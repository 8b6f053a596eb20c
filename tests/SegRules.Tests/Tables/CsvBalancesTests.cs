using SegRules.Engine.Diagnostics;
using SegRules.Engine.Import;
using SegRules.Tests.Support;

namespace SegRules.Tests.Tables;

/// <summary>Balances kept as CSV evaluate like the same balances in YAML, and each problem names its row and column.</summary>
public sealed class CsvBalancesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static (IReadOnlyList<TableRow>? Rows, IReadOnlyList<Diagnostic> Problems) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (CsvTable.Parse("t.csv", text, diagnostics), diagnostics.Items);
    }

    [Fact]
    public void Evaluate_SeedAsCodeValueCsv_ComputesTheSameStatementAsTheYamlSample()
    {
        var fromCsv = Scenario.Evaluate(_temp, SeedTable.Csv(), extension: ".csv");
        var fromYaml = Scenario.Evaluate(_temp, SampleBalances.Text);

        Assert.Equal(fromYaml.Values.OrderBy(kv => kv.Key), fromCsv.Values.OrderBy(kv => kv.Key));
        Assert.Equal("Credit Suisse Securities (USA) LLC", fromCsv.Inputs.Source.Firm);
    }

    [Fact]
    public void Evaluate_CsvWithHeaderLabelsAndFiledColumn_ReconcilesTheFiledFigures()
    {
        var text = "# kept by the ledger team\nfirm,\"Credit Suisse Securities (USA), LLC\"\nas_of,2017-12-26\n\ncode,label,value,filed\n"
            + string.Concat(SeedTable.Rows.Skip(2).Select(r => $"{r.Key},\"Line \"\"{r.Key}\"\", as labelled\",{r.Value},\n"))
            + "7180,Total amount in segregation,,5788380288\n";

        var evaluation = Scenario.Evaluate(_temp, text, extension: ".csv");

        Assert.Equal("Credit Suisse Securities (USA), LLC", evaluation.Inputs.Source.Firm);
        Assert.Equal(5_788_380_288m, evaluation.Inputs.Filed[new Engine.Model.LineKey("7180")]);
        Assert.Contains(evaluation.Findings, f => f.Check.Value == "seg_filed_7180");
    }

    [Fact]
    public void Evaluate_CodeValueCsvWithThreeColumns_ReadsTheThirdAsTheValue()
    {
        var text = SeedTable.Csv((key, value) => key is "firm" or "as_of" ? $"{key},{value}" : $"{key},some label,{value}");

        var evaluation = Scenario.Evaluate(_temp, text, extension: ".csv");

        Assert.Equal(3_436_213_699m, evaluation.Values[new Engine.Model.LineKey("7010")]);
    }

    [Theory]
    [InlineData("7010", "1,183,297,56x", "SR5001", 6, 2)]
    [InlineData("7010", "12.345", "SR5002", 6, 2)]
    public void Evaluate_BadFigure_ReportsRowAndColumn(string code, string figure, string id, int row, int column)
    {
        var outcome = Scenario.Outcome(_temp, SeedTable.Csv((k, v) => k == code ? $"{k},\"{figure}\"" : $"{k},{v}"), extension: ".csv");

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal(id, problem.Id);
        Assert.Equal((row, column), (problem.Position!.Line, problem.Position.Column));
    }

    [Fact]
    public void Evaluate_UnknownCode_ReportsItAtItsRowWithASuggestion()
    {
        var outcome = Scenario.Outcome(_temp, SeedTable.Csv() + "7181,5\n", extension: ".csv");

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("SR5003", 74, 1), (problem.Id, problem.Position!.Line, problem.Position.Column));
        Assert.Contains("did you mean", problem.Message);
    }

    [Fact]
    public void Evaluate_CodeTwice_ReportsTheSecondNamingTheFirst()
    {
        var outcome = Scenario.Outcome(_temp, SeedTable.Csv() + "7010,5\n", extension: ".csv");

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("SR1005", 74), (problem.Id, problem.Position!.Line));
        Assert.Contains("first at line 6, column 1", problem.Message);
    }

    [Theory]
    [InlineData("firm", "SR1004", "no 'firm'")]
    [InlineData("as_of", "SR1004", "no 'as_of'")]
    public void Evaluate_MissingFirmOrDate_ReportsTheTable(string field, string id, string expected)
    {
        var outcome = Scenario.Outcome(_temp, SeedTable.Csv((k, v) => k == field ? "" : $"{k},{v}"), extension: ".csv");

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal(id, problem.Id);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Evaluate_UnknownHeaderColumn_SuggestsTheKnownOne()
    {
        var outcome = Scenario.Outcome(_temp, "firm,F\nas_of,2017-12-26\ncode,amount\n7010,1\n", extension: ".csv");

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("SR1002", 3, 2), (problem.Id, problem.Position!.Line, problem.Position.Column));
        Assert.Contains("allowed keys: code, label, value, filed", problem.Message);
    }

    [Fact]
    public void Parse_QuotedFieldWithCommaQuoteAndLineBreak_KeepsItInOneCell()
    {
        var (rows, problems) = Parse("a,\"b, \"\"c\"\"\nd\",e\r\nf,g");

        Assert.Empty(problems);
        Assert.Equal(["a", "b, \"c\"\nd", "e"], rows![0].Cells.Select(c => c.Text));
        Assert.Equal((2, 1), (rows[1].Cells[0].Position.Line, rows[1].Cells[0].Position.Column));
    }

    [Fact]
    public void Parse_UnclosedQuote_ReportsTheFieldWhereItOpens()
    {
        var (rows, problems) = Parse("a,1\nb,\"2\nc,3\n");

        Assert.Null(rows);
        var problem = Assert.Single(problems);
        Assert.Equal(("SR5020", 2, 2), (problem.Id, problem.Position!.Line, problem.Position.Column));
    }

    [Fact]
    public void Parse_TextAfterClosingQuote_IsAProblem()
    {
        var (_, problems) = Parse("é,\"1\"2\n");

        var problem = Assert.Single(problems);
        Assert.Equal(("SR5020", 1, 2), (problem.Id, problem.Position!.Line, problem.Position.Column));
    }

    public void Dispose() => _temp.Dispose();
}
