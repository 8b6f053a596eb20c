using SegRules.Tests.Support;

namespace SegRules.Tests.Tables;

/// <summary>Balances kept in an Excel sheet evaluate like the same balances in YAML; problems name the cell's row and column.</summary>
public sealed class XlsxBalancesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static object?[][] SeedRows(Func<string, string, object?[]?>? edit = null) =>
        SeedTable.Rows.Select(r => edit?.Invoke(r.Key, r.Value) ?? (r.Key is "firm" or "as_of" ? [r.Key, r.Value] : new object?[] { r.Key, decimal.Parse(r.Value) })).ToArray();

    private Engine.Evaluate.EvaluationOutcome Evaluate(params (string Name, object?[][] Rows)[] sheets) =>
        new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(TestPaths.BundledRules), new Engine.Pipeline.CompiledRuleSets(Engine.Compile.FormCompiler.Shared, null))
            .Evaluate(XlsxFile.Write(_temp.File($"{Guid.NewGuid():N}.xlsx"), sheets));

    [Fact]
    public void Evaluate_SeedAsSheet_ComputesTheSameStatementAsTheYamlSample()
    {
        var outcome = Evaluate(("Sheet1", SeedRows()));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var fromYaml = Scenario.Evaluate(_temp, SampleBalances.Text);
        Assert.Equal(fromYaml.Values.OrderBy(kv => kv.Key), outcome.Evaluation!.Values.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Evaluate_DateCellAndFiguresAsText_ReadsThem()
    {
        var rows = SeedRows((key, value) => key switch
        {
            "as_of" => ["as_of", new DateTime(2017, 12, 26).ToOADate()],
            "7010" => ["7010", "3,436,213,699"],
            _ => null,
        });

        var outcome = Evaluate(("balances", rows));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(new DateOnly(2017, 12, 26), outcome.Evaluation!.Inputs.Source.AsOf);
    }

    [Fact]
    public void Evaluate_CentsStoredAsBinaryFraction_KeepsTheCentsTyped()
    {
        var rows = SeedRows((key, _) => key == "7010" ? ["7010", 3436213699.45] : null);

        var outcome = Evaluate(("Sheet1", rows));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(3_436_213_699.45m, outcome.Evaluation!.Values[new Engine.Model.LineKey("7010")]);
    }

    [Fact]
    public void Evaluate_SheetNamedBalances_IsReadRatherThanTheFirst()
    {
        var outcome = Evaluate(("notes", [["nothing", "here", "at", "all"]]), ("Balances", SeedRows()));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
    }

    [Fact]
    public void Evaluate_TextWhereAFigureBelongs_ReportsTheCell()
    {
        var rows = SeedRows((key, _) => key == "7020" ? ["7020", "n/a"] : null);

        var outcome = Evaluate(("Sheet1", rows));

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("SR5001", 7, 2), (problem.Id, problem.Position!.Line, problem.Position.Column));
        Assert.EndsWith(".xlsx", problem.Position.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NotAWorkbook_ReportsAMalformedTable()
    {
        var path = _temp.Write("broken.xlsx", "this is not a zip file");

        var outcome = new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(TestPaths.BundledRules), new Engine.Pipeline.CompiledRuleSets(Engine.Compile.FormCompiler.Shared, null)).Evaluate(path);

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SR5020", problem.Id);
        Assert.Contains("cannot read it as an Excel workbook", problem.Message);
    }

    public void Dispose() => _temp.Dispose();
}
