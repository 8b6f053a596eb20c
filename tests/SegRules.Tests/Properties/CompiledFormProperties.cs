using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SegRules.Engine.Balances;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Runtime;
using SegRules.Tests.Support;

namespace SegRules.Tests.Properties;

/// <summary>
/// The compiled evaluator and the reference interpreter agree on random acyclic rule sets, written
/// as files so the real loader, validator and balances binder run too.
/// </summary>
public sealed class CompiledFormProperties
{
    private const string ArithmeticFailed = "both failed: ";

    // Each case costs one Roslyn compilation (tens of milliseconds), so the case count is kept modest.
    [Property(MaxTest = 150, QuietOnSuccess = false)]
    public Property Evaluate_RandomAcyclicRuleSet_AgreesWithReferenceInterpreter()
    {
        var compiler = new FormCompiler();
        return Prop.ForAll(RuleSetGenerators.RuleSets, set =>
        {
            var (form, inputs) = Load(set);

            var compiled = Outcome(() => compiler.Compile(form).Evaluate(inputs));
            var interpreted = Outcome(() => new ReferenceInterpreter(form).Evaluate(inputs));

            Assert.Equal(interpreted, compiled);
            return Prop.Classify(true, compiled.StartsWith(ArithmeticFailed, StringComparison.Ordinal), "arithmetic failed")
                .Classify(set.Lines.Count > 20, "more than 20 lines")
                .Classify(set.PageBreak != 0, "two pages");
        });
    }

    private static (FormDefinition Form, IReadOnlyDictionary<LineKey, decimal> Inputs) Load(GeneratedRuleSet set)
    {
        var form = RuleSets.FromPages([.. set.Pages]);
        var diagnostics = new DiagnosticBag();
        var balances = BalancesReader.Parse("balances.yaml", set.BalancesYaml, diagnostics);
        var inputs = balances is null ? null : BalancesBinder.Bind(balances, form, diagnostics);
        Assert.True(inputs is not null, "balances did not bind:\n" + string.Join("\n", diagnostics.Items));
        return (form, inputs.Values);
    }

    /// <summary>Every line's value in slot order, or the one failure both evaluators may report instead.</summary>
    private static string Outcome(Func<IReadOnlyDictionary<LineKey, decimal>> evaluate)
    {
        try
        {
            return string.Join("\n", evaluate().Select(kv => $"[{kv.Key}] = {kv.Value.ToString(CultureInfo.InvariantCulture)}"));
        }
        catch (LineEvaluationException)
        {
            // When several lines fail, the compiler meets them in dependency order and the
            // interpreter in printed order, so which failure is reported first may differ; both
            // must fail, whichever line they name.
            return ArithmeticFailed + "a line's arithmetic";
        }
    }
}
