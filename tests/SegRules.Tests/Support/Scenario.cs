using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Rules;

namespace SegRules.Tests.Support;

/// <summary>Evaluates balances text with the bundled rules, failing the test with every diagnostic when it does not evaluate.</summary>
public static class Scenario
{
    public static Evaluation Evaluate(TempDirectory temp, string balances, string? rules = null)
    {
        var outcome = Outcome(temp, balances, rules);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return outcome.Evaluation!;
    }

    public static EvaluationOutcome Outcome(TempDirectory temp, string balances, string? rules = null)
    {
        var path = temp.Write($"{Guid.NewGuid():N}.yaml", balances);
        return new StatementEvaluator(new RuleRepository(rules ?? TestPaths.BundledRules), FormCompiler.Shared).Evaluate(path);
    }
}
