using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Engine.Compile;

/// <summary>
/// A form version compiled into one evaluator. Immutable and thread-safe: compile once (cached by
/// the rule set's hash), evaluate many times.
/// </summary>
public sealed class CompiledForm
{
    private readonly Action<decimal[]> _evaluate;

    internal CompiledForm(FormDefinition definition, SlotLayout layout, Action<decimal[]> evaluate)
    {
        Definition = definition;
        Layout = layout;
        _evaluate = evaluate;
    }

    /// <summary>The form version this evaluator computes.</summary>
    public FormDefinition Definition { get; }

    /// <summary>Where each line's value lives in the value array.</summary>
    public SlotLayout Layout { get; }

    /// <summary>Computes every line from <paramref name="inputs"/> (which must hold every input line).</summary>
    /// <exception cref="LineEvaluationException">A line's arithmetic failed.</exception>
    public IReadOnlyDictionary<LineKey, decimal> Evaluate(IReadOnlyDictionary<LineKey, decimal> inputs)
    {
        var values = Layout.Place(inputs);
        _evaluate(values);
        return Layout.Read(values);
    }

    /// <summary>Computes in place: <paramref name="values"/> holds the inputs in their slots and receives every formula line.</summary>
    public void EvaluateInPlace(decimal[] values) => _evaluate(values);
}
