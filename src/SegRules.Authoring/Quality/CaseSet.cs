using SegRules.Authoring.Regression;
using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;
using SegRules.Runtime;

namespace SegRules.Authoring.Quality;

/// <summary>
/// A valid version with its regression cases bound to it and evaluated once by the reference
/// interpreter: what coverage, mutation testing and lint measure the cases by.
/// </summary>
/// <param name="Form">The version.</param>
/// <param name="Cases">The cases whose balances bound to it.</param>
/// <param name="Observations">Each case's evaluation, in the order of <paramref name="Cases"/>.</param>
public sealed record CaseSet(FormDefinition Form, IReadOnlyList<BoundCase> Cases, IReadOnlyList<CaseObservation> Observations)
{
    /// <summary>Loads <paramref name="version"/> and its cases; null (with the problems reported) when either does not load.</summary>
    public static CaseSet? Load(RuleVersion version, DiagnosticBag problems)
    {
        var before = problems.Items.Count;
        var form = RuleRepository.Load(version, problems);
        var cases = RegressionCaseReader.ReadAll(version.Directory, problems);
        return form is null || problems.Items.Count != before ? null : Of(form, cases, problems);
    }

    /// <summary>Binds and evaluates <paramref name="cases"/> on <paramref name="form"/>; null when any case does not bind or evaluate.</summary>
    public static CaseSet? Of(FormDefinition form, IReadOnlyList<RegressionCase> cases, DiagnosticBag problems)
    {
        var before = problems.Items.Count;
        // A case that expects its balances refused tests the reading of balances, not a formula: it is not evaluated.
        var bound = cases.Where(c => c.Refused.Count == 0).Select(c => BalancesBinder.Bind(c.Balances, form, problems) is { } inputs ? new BoundCase(c, inputs) : null)
            .OfType<BoundCase>().ToArray();
        if (problems.Items.Count != before)
        {
            return null;
        }

        var interpreter = new ReferenceInterpreter(form);
        var layout = new SlotLayout(form);
        var observations = new List<CaseObservation>();
        foreach (var test in bound)
        {
            try
            {
                observations.Add(CaseObservation.Of(test, interpreter, layout));
            }
            catch (LineEvaluationException e)
            {
                problems.Add(EvaluationPipeline.ArithmeticDiagnostic(form, e));
            }
        }

        return problems.Items.Count == before ? new CaseSet(form, bound, observations) : null;
    }
}
