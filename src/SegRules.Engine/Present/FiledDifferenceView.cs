using SegRules.Engine.Model;
using SegRules.Engine.Reconcile;

namespace SegRules.Engine.Present;

/// <summary>A filed figure that disagrees with the rules: the figures, the filed lines it follows from, the lines computed from it.</summary>
/// <param name="Code">The line's code.</param>
/// <param name="Line">The printed line number.</param>
/// <param name="Label">The caption.</param>
/// <param name="Kind"><c>input</c> or <c>formula</c>.</param>
/// <param name="Filed">The figure the filing printed.</param>
/// <param name="Computed">What the rules compute.</param>
/// <param name="Difference">Filed less computed.</param>
/// <param name="FromFiledLines">The formula applied to the filed figures of its operands.</param>
/// <param name="FiledArithmeticDifference">Filed less <paramref name="FromFiledLines"/>.</param>
/// <param name="Causes">The filed lines it follows from.</param>
/// <param name="Dependents">The lines computed from it.</param>
public sealed record FiledDifferenceView(
    string Code,
    string? Line,
    string Label,
    string Kind,
    decimal Filed,
    decimal Computed,
    decimal Difference,
    decimal? FromFiledLines,
    decimal? FiledArithmeticDifference,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Dependents)
{
    /// <summary>The view of <paramref name="difference"/>.</summary>
    public static FiledDifferenceView Of(FiledDifference difference) => new(
        difference.Key.Value, difference.PrintedLine, difference.Label, difference.Kind == LineKind.Input ? "input" : "formula",
        difference.Filed, difference.Computed, difference.Difference, difference.FromFiledLines, difference.FiledArithmeticDifference,
        difference.Causes.Select(k => k.Value).ToArray(), difference.Dependents.Select(k => k.Value).ToArray());
}
