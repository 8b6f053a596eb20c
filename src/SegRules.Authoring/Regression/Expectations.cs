using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Regression;

/// <summary>
/// Compares what a regression case expects with what an evaluation gave: the same comparison for the
/// compiled rules (<c>rules test</c>) and for mutated rules (<c>rules test --mutate</c>).
/// </summary>
public static class Expectations
{
    /// <summary>
    /// The expectations of <paramref name="test"/> that <paramref name="values"/> and
    /// <paramref name="outcomes"/> do not meet; expectations that name no line or check of
    /// <paramref name="form"/> go to <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<ExpectationFailure> Compare(
        RegressionCase test,
        FormDefinition form,
        IReadOnlyDictionary<LineKey, decimal> values,
        IReadOnlyDictionary<LineKey, bool?> outcomes,
        DiagnosticBag problems)
    {
        var failures = new List<ExpectationFailure>();
        foreach (var (keyNode, expected) in test.Lines)
        {
            var key = new LineKey(keyNode.Value);
            if (!values.TryGetValue(key, out var actual))
            {
                problems.Report(keyNode.Start, DiagnosticCatalog.UnknownCode, key.Value, $"{form.Info.Form} version {form.Info.Version}", "");
            }
            else if (actual != expected)
            {
                failures.Add(new ExpectationFailure(keyNode.Start, $"line {key.AsReference}", FigureFormat.Statement(expected),
                    FigureFormat.Statement(actual), form[key].Formula?.Text));
            }
        }

        Outcomes(test.Fired, shouldFire: true, form, outcomes, problems, failures);
        Outcomes(test.NotFired, shouldFire: false, form, outcomes, problems, failures);
        return failures;
    }

    private static void Outcomes(IEnumerable<ScalarNode> ids, bool shouldFire, FormDefinition form, IReadOnlyDictionary<LineKey, bool?> outcomes,
        DiagnosticBag problems, List<ExpectationFailure> failures)
    {
        foreach (var idNode in ids)
        {
            var id = new LineKey(idNode.Value);
            if (!form.TryGetCheck(id, out var check))
            {
                problems.Report(idNode.Start, DiagnosticCatalog.UnknownLine, "the case", id.AsReference, " among the version's checks");
                continue;
            }

            var outcome = outcomes[id];
            if ((outcome == true) != shouldFire)
            {
                failures.Add(new ExpectationFailure(idNode.Start, $"check {id}", shouldFire ? "fired" : "not fired",
                    outcome switch { true => "fired", false => "held", null => "not evaluated" }, check.When.Text));
            }
        }
    }
}
