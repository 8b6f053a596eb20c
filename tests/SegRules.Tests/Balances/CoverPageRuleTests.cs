using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Balances;

/// <summary>The cover page rule, fed as every source feeds it: chosen figures (targets:) and printed figures (values:, rows, a filing).</summary>
public sealed class CoverPageRuleTests
{
    private static readonly ResidualInterestTarget Segregation = RuleSets.Current.Targets.Single(t => t.Pool == "segregation");

    private static TargetFigure Printed(string line, decimal value, int row) => new(new LineKey(line), value, new SourcePosition("t.csv", row, 1), Chosen: false);

    [Fact]
    public void Resolve_SixPrintedFiguresWithOneFilled_GivesThatChoice()
    {
        var diagnostics = new DiagnosticBag();
        var lines = CoverPageRule.Resolve(Segregation,
            [Printed("seg_target_amount", 0, 1), Printed("seg_target_percent", 7, 2), Printed("seg_target_amount_low", 0, 3),
             Printed("seg_target_amount_high", 0, 4), Printed("seg_target_percent_low", 0, 5), Printed("seg_target_percent_high", 0, 6)], diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(7m, Assert.Single(lines!).Value);
    }

    [Fact]
    public void Resolve_AllZeroPrinted_StatesNoChoice()
    {
        var diagnostics = new DiagnosticBag();
        var lines = CoverPageRule.Resolve(Segregation, [Printed("seg_target_amount", 0, 1), Printed("seg_target_percent", 0, 2)], diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Empty(lines!);
    }

    [Fact]
    public void Resolve_ChosenZeroBesidePrintedPercent_IsTwoChoicesAtTheSecond()
    {
        var diagnostics = new DiagnosticBag();
        var chosen = new TargetFigure(new LineKey("seg_target_amount"), 0, new SourcePosition("b.yaml", 3, 5), Chosen: true);

        Assert.Null(CoverPageRule.Resolve(Segregation, [chosen, Printed("seg_target_percent", 5, 9)], diagnostics));
        var problem = Assert.Single(diagnostics.Items);
        Assert.Equal(("t.csv", 9), (problem.Position!.File, problem.Position.Line));
        Assert.Contains("of b.yaml", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OneEndOfARange_AsksForBoth()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(CoverPageRule.Resolve(Segregation, [Printed("seg_target_amount_high", 100, 4)], diagnostics));
        Assert.Contains("has only its high end", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NegativeAmountAndSameLineTwice_ReportsEachAtItsRow()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(CoverPageRule.Resolve(Segregation, [Printed("seg_target_amount", -1, 2), Printed("seg_target_amount", 5, 7)], diagnostics));
        Assert.Equal([2, 7], diagnostics.Items.Select(d => d.Position!.Line).Order());
    }
}
