using SegRules.Engine.Balances;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Import;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Engine.Evaluate;

/// <summary>
/// The whole pipeline for one balances file: read it, choose the form version in force on its as-of
/// date (or the one requested), load and validate that version (once per version for an evaluator, so
/// a batch of files reads each version once), compile it (once per rule set), match the inputs, and
/// compute every line. Problems at any stage come back as diagnostics.
/// </summary>
public sealed class StatementEvaluator(RuleRepository rules, FormCompiler compiler)
{
    /// <summary>Evaluates the balances file at <paramref name="balancesPath"/> (YAML, JSON, CSV, .xlsx or a filing's text).</summary>
    /// <param name="balancesPath">The balances file.</param>
    /// <param name="requestedVersion">A version id that overrides selection by date.</param>
    public EvaluationOutcome Evaluate(string balancesPath, string? requestedVersion = null)
    {
        var diagnostics = new DiagnosticBag();
        var file = BalancesSources.Read(balancesPath, rules, requestedVersion, diagnostics);
        if (file is null)
        {
            return Failed(diagnostics);
        }

        var form = LoadForm(file, requestedVersion, diagnostics);
        var inputs = form is null ? null : BalancesBinder.Bind(file, form, diagnostics);
        if (inputs is null)
        {
            return Failed(diagnostics);
        }

        try
        {
            return new EvaluationOutcome(Run(compiler.Compile(inputs.Form), inputs), []);
        }
        catch (DiagnosticsException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }
        catch (LineEvaluationException e)
        {
            diagnostics.Add(ArithmeticDiagnostic(inputs.Form, e));
        }

        return Failed(diagnostics);
    }

    /// <summary>Evaluates <paramref name="inputs"/> with <paramref name="compiled"/>: every line, every check, the findings.</summary>
    /// <exception cref="LineEvaluationException">A line's or check's arithmetic failed.</exception>
    public static Evaluation Run(CompiledForm compiled, StatementInputs inputs)
    {
        var layout = compiled.Layout;
        var state = compiled.Run(inputs.Values, inputs.Supplementals, inputs.Filed);
        var held = inputs.Held;
        var values = layout.Read(state.Values);
        var findings = FindingBuilder.Build(inputs.Form, layout, state);

        // A statement not held was computed from zeros: its lines and checks are left out, as if not run.
        return new Evaluation(inputs, held.All ? values : values.Where(v => held.HoldsLine(v.Key)).ToDictionary())
        {
            Findings = held.All ? findings : findings.Where(f => held.HoldsCheck(f.Check)).ToArray(),
            CheckOutcomes = layout.Checks.Select((c, i) => (c.Id, Outcome: state.Evaluated[i] && held.HoldsCheck(c.Id) ? state.Fired[i] : (bool?)null))
                .ToDictionary(x => x.Id, x => x.Outcome),
        };
    }

    /// <summary>The diagnostic for arithmetic that failed in a line, at that line's formula.</summary>
    public static Diagnostic ArithmeticDiagnostic(FormDefinition form, LineEvaluationException error)
    {
        var key = new SlotLayout(form).KeyOfNode(error.Slot);
        var position = form.TryGetCheck(key, out var check) ? check.When.Position : form[key].Formula?.Position ?? form[key].Position;
        return Diagnostic.At(position, DiagnosticCatalog.ArithmeticError, key.AsReference, error.Reason);
    }

    private FormDefinition? LoadForm(BalancesFile file, string? requestedVersion, DiagnosticBag diagnostics)
    {
        if (file.AsOf is not { } asOf)
        {
            return null;
        }

        var version = rules.Select(file.Form, asOf, requestedVersion, diagnostics, file.AsOfPosition);
        return version is null ? null : rules.LoadOnce(version, diagnostics);
    }

    private static EvaluationOutcome Failed(DiagnosticBag diagnostics) => new(null, diagnostics.Sorted());
}
