using System.Runtime.CompilerServices;
using SegRules.Engine.Model;

namespace SegRules.Engine.Store;

/// <summary>
/// How a compact record names lines and checks: by their place in the rule set snapshot, the value
/// slots of its evaluation (statement lines in printed order, then supplemental figures) and its
/// checks in declaration order. Built once per rule set.
/// </summary>
internal sealed class CompactLayout
{
    private static readonly ConditionalWeakTable<FormDefinition, CompactLayout> Layouts = new();
    private readonly Dictionary<string, int> _slots;
    private readonly Dictionary<string, int> _checks;

    private CompactLayout(FormDefinition form)
    {
        Form = form;
        Keys = form.Lines.Concat(form.Supplementals).Select(l => l.Key).ToArray();
        LineCount = form.Lines.Count();
        _slots = Keys.Select((k, i) => (k.Value, i)).ToDictionary(x => x.Value, x => x.i, StringComparer.Ordinal);
        Checks = form.Checks.ToArray();
        _checks = Checks.Select((c, i) => (c.Id.Value, i)).ToDictionary(x => x.Value, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The rule set.</summary>
    public FormDefinition Form { get; }

    /// <summary>The key of each value slot.</summary>
    public IReadOnlyList<LineKey> Keys { get; }

    /// <summary>How many of <see cref="Keys"/> are statement lines.</summary>
    public int LineCount { get; }

    /// <summary>The checks in declaration order.</summary>
    public IReadOnlyList<CheckDefinition> Checks { get; }

    /// <summary>The layout of <paramref name="form"/>.</summary>
    public static CompactLayout Of(FormDefinition form) => Layouts.GetValue(form, f => new CompactLayout(f));

    /// <summary>The value slot of a line or supplemental figure named exactly <paramref name="key"/>; -1 when it has none.</summary>
    public int Slot(string key) => _slots.GetValueOrDefault(key, -1);

    /// <summary>The place of check <paramref name="id"/>.</summary>
    public int Check(string id) => _checks.TryGetValue(id, out var index) ? index : throw new InvalidOperationException($"check {id} is not in {Form.Info.Form} {Form.Info.Version}");
}
