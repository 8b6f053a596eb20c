using SegRules.Engine.Model;

namespace SegRules.Engine.Evaluate;

/// <summary>
/// One thing that must be known before a check can be evaluated: a supplemental figure it reads, a
/// filed figure it compares, or another check its condition reads (which must itself have been
/// evaluated). Shared by the compiler and the interpreter.
/// </summary>
/// <param name="Kind">What must be known.</param>
/// <param name="Slot">The value slot (supplemental, filed) or outcome slot (check).</param>
/// <param name="Key">The figure, line or check.</param>
public sealed record CheckGuard(GuardKind Kind, int Slot, LineKey Key)
{
    /// <summary>The guards of <paramref name="check"/>.</summary>
    public static IReadOnlyList<CheckGuard> Of(CheckDefinition check, SlotLayout layout) => check.Reads
        .Select(key => layout.IsCheck(key)
            ? new CheckGuard(GuardKind.Check, layout.CheckSlot(key), key)
            : new CheckGuard(GuardKind.Supplemental, layout[key], key))
        .Where(g => g.Kind == GuardKind.Check || g.Slot >= layout.LineCount)
        .Concat(check.FiledReads.Select(key => new CheckGuard(GuardKind.Filed, layout[key], key)))
        .ToArray();
}

/// <summary>What a <see cref="CheckGuard"/> waits for.</summary>
public enum GuardKind
{
    /// <summary>Another check was evaluated.</summary>
    Check,

    /// <summary>A supplemental figure was given.</summary>
    Supplemental,

    /// <summary>A line's filed figure was given.</summary>
    Filed,
}
