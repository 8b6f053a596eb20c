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
}
