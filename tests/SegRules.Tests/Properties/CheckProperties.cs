using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SegRules.Engine.Balances;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Runtime;
using SegRules.Tests.Support;

namespace SegRules.Tests.Properties;

/// <summary>
/// Checks compile into the same evaluator as lines: on random rule sets with random checks (reading
/// lines, supplemental figures given or not, and earlier checks), the compiled evaluator and the
/// reference interpreter agree on which checks were evaluated, which fired, and every message figure.
/// </summary>
public sealed class CheckProperties
{
    [Property(MaxTest = 80, QuietOnSuccess = false)]
    public Property Run_RandomChecks_AgreeWithReferenceInterpreter()
    {
        var compiler = new FormCompiler();
        return Prop.ForAll(CheckGenerators.Sets, set =>
        {
            var form = RuleSets.FromPages([.. set.Pages]);
            var diagnostics = new DiagnosticBag();
            var balances = BalancesReader.Parse("balances.yaml", set.BalancesYaml, diagnostics);
            var inputs = balances is null ? null : BalancesBinder.Bind(balances, form, diagnostics);
            Assert.True(inputs is not null, "balances did not bind:\n" + string.Join("\n", diagnostics.Items));

            var compiled = Outcome(() => compiler.Compile(form).Run(inputs.Values, inputs.Supplementals));
            var interpreted = Outcome(() => new ReferenceInterpreter(form).Run(inputs.Values, inputs.Supplementals));

            Assert.Equal(interpreted, compiled);
            return Prop.Classify(true, set.Checks.Count > 0, "with checks")
                .Classify(compiled.Contains("fired", StringComparison.Ordinal), "some check fired")
                .Classify(compiled.Contains("not evaluated", StringComparison.Ordinal), "some check not evaluated");
        });
    }

    private static string Outcome(Func<EvaluationState> run)
    {
        try
        {
            var state = run();
            var checks = state.Fired.Select((fired, i) => state.Evaluated[i] ? fired ? "fired" : "held" : "not evaluated");
            return string.Join(" ", state.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)))
                + " | " + string.Join(" ", checks)
                + " | " + string.Join(" ", state.Arguments.Select(a => a.ToString(CultureInfo.InvariantCulture)));
        }
        catch (LineEvaluationException)
        {
            // Which of several failing lines or checks is met first may differ between the two; both must fail.
            return "both failed";
        }
    }
}
