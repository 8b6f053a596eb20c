using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Quality;

/// <summary>What one evaluation of a case gave: every line's value and every check's outcome.</summary>
/// <param name="Values">Every line's value.</param>
/// <param name="Outcomes">Each check's outcome: true (fired), false (held), null (not evaluated).</param>
public sealed record CaseObservation(IReadOnlyDictionary<LineKey, decimal> Values, IReadOnlyDictionary<LineKey, bool?> Outcomes)
{
    /// <summary>Evaluates <paramref name="test"/> with <paramref name="interpreter"/>.</summary>
    /// <exception cref="SegRules.Runtime.LineEvaluationException">A line's or check's arithmetic failed.</exception>
    public static CaseObservation Of(BoundCase test, ReferenceInterpreter interpreter, SlotLayout layout)
    {
        var inputs = test.Inputs;
        var state = interpreter.Run(inputs.Values, inputs.Supplementals, inputs.Filed);
        var outcomes = layout.Checks.Select((c, i) => (c.Id, Outcome: state.Evaluated[i] ? state.Fired[i] : (bool?)null))
            .ToDictionary(x => x.Id, x => x.Outcome);
        return new CaseObservation(layout.Read(state.Values), outcomes);
    }
}
