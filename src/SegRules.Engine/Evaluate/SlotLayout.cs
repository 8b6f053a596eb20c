using SegRules.Engine.Model;

namespace SegRules.Engine.Evaluate;

/// <summary>
/// Where each line's value lives in the value array an evaluation works on: lines in printed order,
/// one slot each. Compiled evaluators and the interpreter share it.
/// </summary>
public sealed class SlotLayout
{
    private readonly Dictionary<LineKey, int> _slots;

    /// <summary>Lays out the lines of <paramref name="form"/>.</summary>
    public SlotLayout(FormDefinition form)
    {
        Keys = form.Lines.Select(l => l.Key).ToArray();
        _slots = Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
    }

    /// <summary>The line key of each slot.</summary>
    public IReadOnlyList<LineKey> Keys { get; }

    /// <summary>The slot of <paramref name="key"/>.</summary>
    public int this[LineKey key] => _slots[key];

    /// <summary>A value array with the inputs placed in their slots.</summary>
    public decimal[] Place(IReadOnlyDictionary<LineKey, decimal> inputs)
    {
        var values = new decimal[Keys.Count];
        foreach (var (key, value) in inputs)
        {
            values[_slots[key]] = value;
        }

        return values;
    }

    /// <summary>The values by line key.</summary>
    public IReadOnlyDictionary<LineKey, decimal> Read(decimal[] values) =>
        Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => values[x.i]);
}
