using SegRules.Engine.Balances;
using SegRules.Engine.Model;

namespace SegRules.Engine.Evaluate;

/// <summary>The result of evaluating one balances file: the inputs used and the value of every line.</summary>
/// <param name="Inputs">The inputs, matched to the form version.</param>
/// <param name="Values">Every line's value, inputs included.</param>
public sealed record Evaluation(StatementInputs Inputs, IReadOnlyDictionary<LineKey, decimal> Values)
{
    /// <summary>What the checks found: fired checks, and checks that lacked a figure.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Each check's outcome: true (fired), false (held), null (not evaluated).</summary>
    public IReadOnlyDictionary<LineKey, bool?> CheckOutcomes { get; init; } = new Dictionary<LineKey, bool?>();

    /// <summary>The form version evaluated.</summary>
    public FormDefinition Form => Inputs.Form;

    /// <summary>The pages evaluated: every page of the form, or those of the statements the balances hold.</summary>
    public IReadOnlyList<Page> Pages => Inputs.Held.Pages;

    /// <summary>The ids of the statements evaluated (every statement of the form unless the balances list some).</summary>
    public IReadOnlyList<string> Statements => Inputs.Held.Names ?? HeldStatements.StatementIds(Form);

    /// <summary>The lines evaluated, in printed order: those of <see cref="Pages"/>, each with a value.</summary>
    public IEnumerable<LineDefinition> Lines => Pages.SelectMany(p => p.Lines);
}
