using SegRules.Engine.Model;

namespace SegRules.Engine.Present;

/// <summary>One line of a statement page with its figure, as the form prints it.</summary>
/// <param name="Key">The line's code (or id where the form prints no code).</param>
/// <param name="Line">The printed line number.</param>
/// <param name="Label">The form's caption.</param>
/// <param name="Kind"><c>input</c> or <c>formula</c>.</param>
/// <param name="Formula">The formula as written; null for inputs.</param>
/// <param name="Value">The figure.</param>
/// <param name="Section">The heading the line sits under, if the form prints one.</param>
/// <param name="IsCode">True when <paramref name="Key"/> is a code the form prints.</param>
public sealed record StatementLineView(string Key, string? Line, string Label, string Kind, string? Formula, decimal Value, string? Section, bool IsCode)
{
    /// <summary>The view of <paramref name="line"/> with <paramref name="value"/>.</summary>
    public static StatementLineView Of(LineDefinition line, decimal value) => new(
        line.Key.Value, line.PrintedLine, line.Label, line.Kind == LineKind.Input ? "input" : "formula",
        line.Formula?.Text, value, line.Section, line.Key.IsCode);
}
