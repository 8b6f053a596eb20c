using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Engine.Compile;

/// <summary>
/// A form version compiled into one evaluator. Immutable and thread-safe: compile once (cached by
/// the rule set's hash), evaluate many times.
/// </summary>
public sealed class CompiledForm
{
    private readonly Action<EvaluationState> _evaluate;

    internal CompiledForm(FormDefinition definition, SlotLayout layout, Action<EvaluationState> evaluate, byte[] image)
    {
        Definition = definition;
        Layout = layout;
        _evaluate = evaluate;
        Image = image;
    }

    /// <summary>The evaluator's assembly image, as the disk cache keeps it.</summary>
    internal byte[] Image { get; }

    /// <summary>The form version this evaluator computes.</summary>
    public FormDefinition Definition { get; }

    /// <summary>Where each line's value and each check's outcome lives.</summary>
    public SlotLayout Layout { get; }

    /// <summary>Computes every line from <paramref name="inputs"/> (which must hold every input line).</summary>
    /// <exception cref="LineEvaluationException">A line's arithmetic failed.</exception>
    public IReadOnlyDictionary<LineKey, decimal> Evaluate(IReadOnlyDictionary<LineKey, decimal> inputs) =>
        Layout.Read(Run(inputs).Values);

    /// <summary>Computes every line and every check whose figures are known.</summary>
    /// <param name="inputs">A figure for every input line.</param>
    /// <param name="supplementals">The supplemental figures the balances gave.</param>
    /// <exception cref="LineEvaluationException">A line's or check's arithmetic failed.</exception>
    /// <param name="filed">The figures a filing printed, by line, for checks that compare them.</param>
    public EvaluationState Run(
        IReadOnlyDictionary<LineKey, decimal> inputs,
        IReadOnlyDictionary<LineKey, decimal>? supplementals = null,
        IReadOnlyDictionary<LineKey, decimal>? filed = null)
    {
        var state = Layout.NewState(inputs, supplementals, filed);
        _evaluate(state);
        return state;
    }

    /// <summary>Computes in place on a state laid out by <see cref="Layout"/>.</summary>
    public void Run(EvaluationState state) => _evaluate(state);
}
