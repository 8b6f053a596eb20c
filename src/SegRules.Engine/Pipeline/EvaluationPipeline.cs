using SegRules.Engine.Balances;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Import;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Runtime;

namespace SegRules.Engine.Pipeline;

/// <summary>
/// The one way from balances to an evaluation, which the command line, replay, the regression runner
/// and <c>rules check</c> all call: read the balances, choose the form version in force on their
/// as-of date (or the one requested), get that version's compiled rule set (from this process, the
/// disk cache, or Roslyn), bind the balances to it, and compute every line and check. Problems at any
/// stage come back as diagnostics. Thread-safe: a batch may evaluate on every core.
/// </summary>
public sealed class EvaluationPipeline
{
    /// <summary>A pipeline over the rules folder <paramref name="rules"/>.</summary>
    /// <param name="rules">The rules folder.</param>
    /// <param name="ruleSets">Where compiled rule sets come from (share one to share compilations).</param>
    public EvaluationPipeline(RuleRepository rules, CompiledRuleSets ruleSets)
    {
        Rules = rules;
        RuleSets = ruleSets;
    }

    /// <summary>The rules folder.</summary>
    public RuleRepository Rules { get; }

    /// <summary>Where compiled rule sets come from.</summary>
    public CompiledRuleSets RuleSets { get; }

    /// <summary>
    /// A pipeline over <paramref name="rulesDirectory"/> with the shared compiler and, unless
    /// <paramref name="useCache"/> is false, the disk cache in its default folder; notes (an entry
    /// rebuilt) go to <paramref name="notes"/>.
    /// </summary>
    public static EvaluationPipeline Open(string rulesDirectory, bool useCache = true, Action<string>? notes = null)
    {
        var ruleSets = CompiledRuleSets.Open(useCache, notes);
        return new(ruleSets.Repository(rulesDirectory), ruleSets);
    }

    /// <summary>Evaluates the balances file at <paramref name="balancesPath"/> (YAML, JSON, CSV, .xlsx or a filing's text).</summary>
    /// <param name="balancesPath">The balances file.</param>
    /// <param name="requestedVersion">A version id that overrides selection by date.</param>
    public EvaluationOutcome Evaluate(string balancesPath, string? requestedVersion = null)
    {
        var diagnostics = new DiagnosticBag();
        var file = BalancesSources.Read(balancesPath, Rules, requestedVersion, diagnostics);
        return file is null ? Failed(diagnostics) : Evaluate(file, requestedVersion, diagnostics);
    }

    /// <summary>Evaluates balances already read (<paramref name="diagnostics"/> may hold what reading them found).</summary>
    public EvaluationOutcome Evaluate(BalancesFile file, string? requestedVersion, DiagnosticBag diagnostics)
    {
        var compiled = Compiled(file, requestedVersion, diagnostics);
        var inputs = compiled is null ? null : BalancesBinder.Bind(file, compiled.Definition, diagnostics);
        return inputs is null ? Failed(diagnostics) : Run(compiled!, inputs, diagnostics);
    }

    /// <summary>The compiled rule set <paramref name="file"/> is evaluated with; null with the problems reported.</summary>
    public CompiledForm? Compiled(BalancesFile file, string? requestedVersion, DiagnosticBag diagnostics)
    {
        if (file.AsOf is not { } asOf)
        {
            return null;
        }

        var version = Rules.Select(file.Form, asOf, requestedVersion, diagnostics, file.AsOfPosition);
        return version is null ? null : RuleSets.For(version, diagnostics);
    }

    /// <summary>Evaluates <paramref name="inputs"/> with <paramref name="compiled"/>; an arithmetic failure is reported at its formula.</summary>
    public static EvaluationOutcome Run(CompiledForm compiled, StatementInputs inputs, DiagnosticBag diagnostics)
    {
        try
        {
            return new EvaluationOutcome(Run(compiled, inputs), []);
        }
        catch (LineEvaluationException e)
        {
            diagnostics.Add(ArithmeticDiagnostic(inputs.Form, e));
            return Failed(diagnostics);
        }
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
        var outcomes = new Dictionary<LineKey, bool?>(layout.Checks.Count);
        for (var i = 0; i < layout.Checks.Count; i++)
        {
            var id = layout.Checks[i].Id;
            outcomes.Add(id, state.Evaluated[i] && held.HoldsCheck(id) ? state.Fired[i] : null);
        }

        return new Evaluation(inputs, held.All ? values : values.Where(v => held.HoldsLine(v.Key)).ToDictionary())
        {
            Findings = held.All ? findings : findings.Where(f => held.HoldsCheck(f.Check)).ToArray(),
            CheckOutcomes = outcomes,
        };
    }

    /// <summary>The diagnostic for arithmetic that failed in a line, at that line's formula.</summary>
    public static Diagnostic ArithmeticDiagnostic(FormDefinition form, LineEvaluationException error)
    {
        var key = new SlotLayout(form).KeyOfNode(error.Slot);
        var position = form.TryGetCheck(key, out var check) ? check.When.Position : form[key].Formula?.Position ?? form[key].Position;
        return Diagnostic.At(position, DiagnosticCatalog.ArithmeticError, key.AsReference, error.Reason);
    }

    private static EvaluationOutcome Failed(DiagnosticBag diagnostics) => new(null, diagnostics.Sorted());
}
