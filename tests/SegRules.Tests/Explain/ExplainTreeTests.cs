using SegRules.Engine.Explain;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Explain;

public sealed class ExplainTreeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Explain_Line7190_IsTotalMinusRequirementExpandedToInputs()
    {
        var evaluation = Scenario.Evaluate(_temp, SampleBalances.Text);

        var tree = Explainer.Explain(evaluation, new LineKey("7190"), depth: 10);

        Assert.Equal("[7180] - [7060]", tree.Formula);
        Assert.Equal(350_288_368m, tree.Value);
        Assert.Equal(["7180", "7060"], tree.Children.Select(c => c.Key.Value));
        Assert.Equal(5_788_380_188m, tree.Children[0].Value);
        Assert.Equal(5_438_091_820m, tree.Children[1].Value);
        var funds = tree.Children[0].Children;
        Assert.Equal(13, funds.Count);
        Assert.All(funds, input =>
        {
            Assert.Equal(ExplainNodeKind.Input, input.Kind);
            Assert.Equal("given under values", input.Source);
            Assert.Equal(SeedFigures.All[input.Key.Value], input.Value);
            Assert.Empty(input.Children);
        });
        Assert.Equal(["7040", "7050"], tree.Children[1].Children.Select(c => c.Key.Value));
        Assert.Equal(["7010", "7020", "7030", "7032", "7033"], tree.Children[1].Children[0].Children.Select(c => c.Key.Value));
    }

    [Fact]
    public void Explain_DepthOne_StopsBelowTheRootsInputsAndSaysSo()
    {
        var evaluation = Scenario.Evaluate(_temp, SampleBalances.Text);

        var tree = Explainer.Explain(evaluation, new LineKey("7190"), depth: 1);

        Assert.All(tree.Children, child =>
        {
            Assert.Empty(child.Children);
            Assert.True(child.Truncated);
        });
    }

    [Fact]
    public void Explain_FiredCheck_ShowsOutcomeMessageAndTheChecksItReads()
    {
        var evaluation = Scenario.Evaluate(_temp, SampleBalances.Lowered("7070", 100_000_000m));

        var tree = Explainer.Explain(evaluation, new LineKey("seg_below_target"), depth: 1);

        Assert.Equal(ExplainNodeKind.Check, tree.Kind);
        Assert.True(tree.Outcome);
        Assert.Contains("21,616,223", tree.Message);
        var deficiency = Assert.Single(tree.Children, c => c.Key.Value == "seg_deficiency");
        Assert.False(deficiency.Outcome);
        Assert.Contains(tree.Children, c => c.Key.Value == "7198" && c.Value == -21_616_223m);
    }

    [Fact]
    public void ExplainCommand_Line7190_PrintsFormulaValuesAndInputs()
    {
        var result = CliInProcess.Run("explain", TestPaths.SeedSample, "7190");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("[7190] line 14 Excess (deficiency) funds in segregation", result.Output);
        Assert.Contains("= 350,288,368", result.Output);
        Assert.Contains("= [7180] - [7060]", result.Output);
        Assert.Contains("[7180] line 13 Total amount in segregation (add lines 7 through 12) = 5,788,380,188", result.Output);
        Assert.Contains("[7010] line 1.A Net ledger balance: Cash = 3,436,213,699 (given under values)", result.Output);
    }

    [Fact]
    public void ExplainCommand_UnknownKey_ExitsTwoWithSuggestion()
    {
        var result = CliInProcess.Run("explain", TestPaths.SeedSample, "seg_deficency");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean seg_deficiency?", result.Error);
    }

    public void Dispose() => _temp.Dispose();
}
