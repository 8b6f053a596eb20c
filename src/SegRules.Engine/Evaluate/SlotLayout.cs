using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Engine.Evaluate;

/// <summary>
/// Where everything an evaluation computes lives in an <see cref="EvaluationState"/>: one value slot
/// per statement line (printed order) then per supplemental figure; one outcome slot per check
/// (declaration order); and, per check, a run of argument slots for its message placeholders.
/// Compiled evaluators and the interpreter share it.
/// </summary>
public sealed class SlotLayout
{
    private readonly Dictionary<LineKey, int> _slots;
    private readonly Dictionary<LineKey, int> _checks;
    private readonly int[] _argumentOffsets;
    private readonly IReadOnlyList<CheckGuard>[] _guards;

    /// <summary>Lays out the lines, supplemental figures and checks of <paramref name="form"/>.</summary>
    public SlotLayout(FormDefinition form)
    {
        LineCount = form.Lines.Count();
        Keys = form.Lines.Concat(form.Supplementals).Select(l => l.Key).ToArray();
        _slots = Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        Checks = form.Checks.ToArray();
        _checks = Checks.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _argumentOffsets = new int[Checks.Count];
        for (var i = 0; i < Checks.Count; i++)
        {
            _argumentOffsets[i] = ArgumentCount;
            ArgumentCount += Checks[i].Message.Placeholders.Count;
        }

        _guards = Checks.Select(c => CheckGuard.Of(c, this)).ToArray();
    }

    /// <summary>The key of each value slot: statement lines, then supplemental figures.</summary>
    public IReadOnlyList<LineKey> Keys { get; }

    /// <summary>How many value slots hold statement lines (the rest hold supplemental figures).</summary>
    public int LineCount { get; }

    /// <summary>The checks, by outcome slot.</summary>
    public IReadOnlyList<CheckDefinition> Checks { get; }

    /// <summary>How many placeholder argument slots there are in all.</summary>
    public int ArgumentCount { get; }

    /// <summary>The value slot of a line or supplemental figure.</summary>
    public int this[LineKey key] => _slots[key];

    /// <summary>True when <paramref name="key"/> names a check.</summary>
    public bool IsCheck(LineKey key) => _checks.ContainsKey(key);

    /// <summary>The outcome slot of a check.</summary>
    public int CheckSlot(LineKey id) => _checks[id];

    /// <summary>The guards of the check in outcome slot <paramref name="check"/> (<see cref="CheckGuard.Of"/>, worked out once).</summary>
    public IReadOnlyList<CheckGuard> Guards(int check) => _guards[check];

    /// <summary>The first argument slot of the check in outcome slot <paramref name="check"/>.</summary>
    public int ArgumentOffset(int check) => _argumentOffsets[check];

    /// <summary>
    /// The node number used in evaluation errors: a value slot, or for a check,
    /// <c><see cref="Keys"/>.Count + its outcome slot</c>.
    /// </summary>
    public LineKey KeyOfNode(int node) => node < Keys.Count ? Keys[node] : Checks[node - Keys.Count].Id;

    /// <summary>A fresh state with the inputs, the supplemental figures and the filed figures given placed in their slots.</summary>
    public EvaluationState NewState(
        IReadOnlyDictionary<LineKey, decimal> inputs,
        IReadOnlyDictionary<LineKey, decimal>? supplementals = null,
        IReadOnlyDictionary<LineKey, decimal>? filed = null)
    {
        var state = new EvaluationState(Keys.Count, Checks.Count, ArgumentCount);
        Array.Fill(state.Known, true, 0, LineCount);
        foreach (var (key, value) in inputs)
        {
            state.Values[_slots[key]] = value;
        }

        foreach (var (key, value) in supplementals ?? new Dictionary<LineKey, decimal>())
        {
            state.Values[_slots[key]] = value;
            state.Known[_slots[key]] = true;
        }

        foreach (var (key, value) in filed ?? new Dictionary<LineKey, decimal>())
        {
            state.Filed[_slots[key]] = value;
            state.FiledKnown[_slots[key]] = true;
        }

        return state;
    }

    /// <summary>A fresh state with only statement inputs (no supplemental figures).</summary>
    public decimal[] Place(IReadOnlyDictionary<LineKey, decimal> inputs) => NewState(inputs).Values;

    /// <summary>The statement lines' values by key.</summary>
    public IReadOnlyDictionary<LineKey, decimal> Read(decimal[] values)
    {
        var read = new Dictionary<LineKey, decimal>(LineCount);
        for (var slot = 0; slot < LineCount; slot++)
        {
            read.Add(Keys[slot], values[slot]);
        }

        return read;
    }
}
