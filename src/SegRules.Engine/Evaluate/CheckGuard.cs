using SegRules.Engine.Model;

namespace SegRules.Engine.Evaluate;

/// <summary>
/// What must hold before a check can be evaluated: every supplemental figure it reads is known, and
/// every check its condition reads was itself evaluated. Shared by the compiler and the interpreter.
/// </summary>
/// <param name="IsCheck">True for a check's outcome slot, false for a value slot.</param>
/// <param name="Slot">The slot.</param>
/// <param name="Key">The figure or check.</param>
public readonly record struct CheckGuard(bool IsCheck, int Slot, LineKey Key)
{
    /// <summary>The guards of <paramref name="check"/>.</summary>
    public static IReadOnlyList<CheckGuard> Of(CheckDefinition check, SlotLayout layout) => check.Reads
        .Select(key => layout.IsCheck(key)
            ? new CheckGuard(true, layout.CheckSlot(key), key)
            : new CheckGuard(false, layout[key], key))
        .Where(g => g.IsCheck || g.Slot >= layout.LineCount)
        .ToArray();
}
