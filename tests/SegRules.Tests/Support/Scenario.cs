using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Rules;

namespace SegRules.Tests.Support;

/// <summary>Evaluates balances text with the bundled rules, failing the test with every diagnostic when it does not evaluate.</summary>
public static class Scenario
{
    public static Evaluation Evaluate(TempDirectory temp, string balances, string? rules = null, string extension = ".yaml")
    {
        var outcome = Outcome(temp, balances, rules, extension);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return outcome.Evaluation!;
    }

    public static EvaluationOutcome Outcome(TempDirectory temp, string balances, string? rules = null, string extension = ".yaml")
    {
        var path = temp.Write($"{Guid.NewGuid():N}{extension}", balances);
        return new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(rules ?? TestPaths.BundledRules), new Engine.Pipeline.CompiledRuleSets(FormCompiler.Shared, null)).Evaluate(path);
    }
}
