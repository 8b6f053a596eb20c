using SegRules.Engine.Model;

namespace SegRules.Engine.Reconcile;

/// <summary>
/// A line whose filed figure disagrees with the rules: with the figure its formula computes from the
/// filed inputs (<see cref="Computed"/>), or with the figure its formula gives from the filed
/// figures of its own operands (<see cref="FromFiledLines"/>, the filing's own arithmetic), or both.
/// </summary>
/// <param name="Key">The line's code (or id).</param>
/// <param name="PrintedLine">The line number the form prints.</param>
/// <param name="Label">The form's wording for the line.</param>
/// <param name="Kind">Input or formula.</param>
/// <param name="Filed">The figure the filing printed.</param>
/// <param name="Computed">The figure the rules compute from the inputs (for an input, the figure used).</param>
/// <param name="FromFiledLines">For a formula line, its formula applied to the filed figures of the lines it reads.</param>
/// <param name="Causes">The lines it reads whose filed figures differ from what the rules compute: where a difference comes from.</param>
/// <param name="Dependents">Every line computed from it, directly or through other lines, in printed order.</param>
public sealed record FiledDifference(
    LineKey Key,
    string? PrintedLine,
    string Label,
    LineKind Kind,
    decimal Filed,
    decimal Computed,
    decimal? FromFiledLines,
    IReadOnlyList<LineKey> Causes,
    IReadOnlyList<LineKey> Dependents)
{
    /// <summary>Filed minus computed: what the filing overstates (positive) or understates (negative).</summary>
    public decimal Difference => Filed - Computed;

    /// <summary>Filed minus what the filed operands give; null for an input line.</summary>
    public decimal? FiledArithmeticDifference => Filed - FromFiledLines;

    /// <summary>True when the filed figure is not what the rules compute from the inputs.</summary>
    public bool DiffersFromComputed => Filed != Computed;

    /// <summary>True when the filed figure is not what its own filed operands add up to.</summary>
    public bool BreaksFiledArithmetic => FromFiledLines is { } fromFiled && fromFiled != Filed;
}
