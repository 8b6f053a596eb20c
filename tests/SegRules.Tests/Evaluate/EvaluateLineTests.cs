using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Evaluate;

public sealed class EvaluateLineTests
{
    [Fact]
    public void EvaluateLine_OperandsGiven_ComputesOnlyThatLineFromThem()
    {
        var form = RuleSets.FromPage(RuleFolder.Page(["a", "b"], ("total", "[a] + [b]"), ("twice", "[total] * 2")));
        var figures = Evaluators.Inputs(("a", 1), ("b", 2), ("total", 10), ("twice", 99));

        var interpreter = new ReferenceInterpreter(form);

        Assert.Equal(20m, interpreter.EvaluateLine(new LineKey("twice"), figures));
        Assert.Equal(3m, interpreter.EvaluateLine(new LineKey("total"), figures));
    }

    [Fact]
    public void EvaluateLine_OperandMissing_ComputesItFromItsOwnFormula()
    {
        var form = RuleSets.FromPage(RuleFolder.Page(["a", "b"], ("total", "[a] + [b]"), ("twice", "[total] * 2")));

        var value = new ReferenceInterpreter(form).EvaluateLine(new LineKey("twice"), Evaluators.Inputs(("a", 1), ("b", 2)));

        Assert.Equal(6m, value);
    }
}
