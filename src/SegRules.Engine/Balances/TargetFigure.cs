using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// One figure given for a cover page target line, wherever it came from: a <c>targets:</c> choice, a
/// line id under <c>values:</c> or in a table row, or a token of a filing's cover page.
/// </summary>
/// <param name="Line">The target line the figure is for (<c>seg_target_percent</c>).</param>
/// <param name="Value">The figure.</param>
/// <param name="At">Where it was given: the choice, the row, the cell or the token.</param>
/// <param name="Chosen">
/// True when the source names the choice itself (<c>targets: segregation: { amount: 0 }</c>), so a 0
/// still states that choice; false when the figure is one of the six a cover page prints, where
/// only a figure other than 0 states a choice.
/// </param>
public sealed record TargetFigure(LineKey Line, decimal Value, SourcePosition At, bool Chosen);
