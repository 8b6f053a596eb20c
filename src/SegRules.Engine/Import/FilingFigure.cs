using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>A figure a filing prints with its line code, e.g. <c>3,436,213,699 [7010]</c>.</summary>
/// <param name="Code">The code between the brackets.</param>
/// <param name="Value">The figure.</param>
/// <param name="Text">The figure as written (markup removed), for messages.</param>
/// <param name="FigureStart">Where the figure starts.</param>
/// <param name="CodeStart">Where the code's opening bracket is.</param>
public sealed record FilingFigure(string Code, decimal Value, string Text, SourcePosition FigureStart, SourcePosition CodeStart);
