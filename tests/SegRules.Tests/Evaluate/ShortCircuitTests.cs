using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Evaluate;

/// <summary><c>&amp;&amp;</c>, <c>||</c> and <c>?:</c> evaluate their right side only when needed, compiled and interpreted alike.</summary>
public sealed class ShortCircuitTests
{
    private static readonly FormDefinition Guarded = RuleSets.FromPage(RuleFolder.Page(["a", "z"],
        ("and_guard", "[z] != 0 && [a] / [z] > 1 ? 1 : 0"),
        ("or_guard", "[z] == 0 || [a] / [z] > 1 ? 1 : 0"),
        ("conditional_guard", "[z] == 0 ? 0 : [a] / [z]")));

    public static TheoryData<string, decimal, decimal, decimal, decimal> Cases => new()
    {
        { Evaluators.Compiled, 0m, 0m, 1m, 0m },
        { Evaluators.Interpreted, 0m, 0m, 1m, 0m },
        { Evaluators.Compiled, 4m, 1m, 1m, 2.5m },
        { Evaluators.Interpreted, 4m, 1m, 1m, 2.5m },
        { Evaluators.Compiled, 20m, 0m, 0m, 0.5m },
        { Evaluators.Interpreted, 20m, 0m, 0m, 0.5m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_GuardedDivision_EvaluatesRightSideOnlyWhenNeeded(string evaluator, decimal divisor, decimal and, decimal or, decimal conditional)
    {
        var inputs = Evaluators.Inputs(("a", 10m), ("z", divisor));

        var values = Evaluators.Evaluate(evaluator, Guarded, inputs);

        Assert.Equal((and, or, conditional), (values[new LineKey("and_guard")], values[new LineKey("or_guard")], values[new LineKey("conditional_guard")]));
    }
}
