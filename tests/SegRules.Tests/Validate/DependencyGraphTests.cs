using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Validate;
using SegRules.Tests.Support;

namespace SegRules.Tests.Validate;

public sealed class DependencyGraphTests
{
    private static LineDefinition Input(string key) => Line(key, null);

    private static LineDefinition Line(string key, string? formula)
    {
        var position = new SourcePosition(YamlText.File, 1, 1);
        var parsed = formula is null ? null : FormulaParser.Parse(new ScalarNode(formula, ScalarWriting.Plain, position), FormulaType.Number, new DiagnosticBag());
        Assert.True(formula is null || parsed is not null, "test formula does not parse: " + formula);
        return new LineDefinition(new LineKey(key), null, key, formula is null ? LineKind.Input : LineKind.Formula, parsed, null, null, null, null, position);
    }

    private static string[] Keys(IEnumerable<LineDefinition> lines) => lines.Select(l => l.Key.Value).ToArray();

    [Fact]
    public void EvaluationOrder_LinesPrintedBeforeWhatTheyRead_EachFollowsEveryLineItReads()
    {
        // Arrange
        var graph = new DependencyGraph(
        [
            Line("total", "[net] + [deficit]"),
            Line("net", "[cash] + [securities]"),
            Line("deficit", "max([gross] + [offset], 0) + [net]"),
            Input("cash"),
            Input("securities"),
            Input("gross"),
            Input("offset"),
        ]);

        // Act
        var order = graph.EvaluationOrder();

        // Assert
        Assert.Equal(["net", "deficit", "total"], Keys(order));
    }

    [Fact]
    public void EvaluationOrder_IndependentLines_KeepPrintedOrderAndLeaveOutInputs()
    {
        // Arrange
        var graph = new DependencyGraph([Input("cash"), Line("b", "[cash]"), Line("a", "[cash] * 2"), Line("c", "1")]);

        // Act
        var order = graph.EvaluationOrder();

        // Assert
        Assert.Equal(["b", "a", "c"], Keys(order));
    }

    [Fact]
    public void EvaluationOrder_LongChainPrintedBackwards_FollowsEveryReference()
    {
        // Arrange
        const int length = 2000;
        var lines = Enumerable.Range(1, length).Select(i => Line($"l{i}", $"[l{i - 1}] + 1")).Reverse().Append(Input("l0")).ToArray();

        // Act
        var order = new DependencyGraph(lines).EvaluationOrder();

        // Assert
        Assert.Equal(Enumerable.Range(1, length).Select(i => $"l{i}"), Keys(order));
    }

    [Fact]
    public void Cycles_NoLoop_FindsNone()
    {
        // Arrange
        var graph = new DependencyGraph([Input("cash"), Line("a", "[cash]"), Line("b", "[a] + [cash]")]);

        // Act
        var cycles = graph.Cycles();

        // Assert
        Assert.Empty(cycles);
    }

    [Fact]
    public void Cycles_SelfReference_IsALoopOfOne()
    {
        // Arrange
        var graph = new DependencyGraph([Input("cash"), Line("a", "[cash] + [a]")]);

        // Act
        var cycle = Assert.Single(graph.Cycles());

        // Assert
        Assert.Equal(["a", "a"], Keys(cycle));
    }

    [Fact]
    public void Cycles_ThreeLineLoopWithATail_ReportsTheWholeLoopOnceFromItsFirstPrintedLine()
    {
        // Arrange
        var graph = new DependencyGraph([Line("tail", "[b]"), Line("b", "[c]"), Line("a", "[b] + 1"), Line("c", "[a]")]);

        // Act
        var cycle = Assert.Single(graph.Cycles());

        // Assert
        Assert.Equal(["b", "c", "a", "b"], Keys(cycle));
    }

    [Fact]
    public void Cycles_TwoSeparateLoops_ReportsEach()
    {
        // Arrange
        var graph = new DependencyGraph([Line("a", "[b]"), Line("b", "[a]"), Line("x", "[y]"), Line("y", "[x]")]);

        // Act
        var cycles = graph.Cycles();

        // Assert
        Assert.Equal([["a", "b", "a"], ["x", "y", "x"]], cycles.Select(Keys).OrderBy(k => k[0], StringComparer.Ordinal));
    }
}
