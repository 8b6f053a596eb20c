using SegRules.Engine.Model;

namespace SegRules.Engine.Present;

/// <summary>One line's definition: code, printed number, caption, kind, formula, default, citation, note, section.</summary>
/// <param name="Key">The code or id.</param>
/// <param name="Line">The printed line number.</param>
/// <param name="Label">The caption.</param>
/// <param name="Kind"><c>input</c> or <c>formula</c>.</param>
/// <param name="Formula">The formula as written.</param>
/// <param name="Default">The figure an omitted input takes.</param>
/// <param name="Citation">The rule it rests on.</param>
/// <param name="Note">The reading behind it.</param>
/// <param name="Section">The heading it sits under.</param>
public sealed record RuleLineView(string Key, string? Line, string Label, string Kind, string? Formula, decimal? Default, string? Citation, string? Note, string? Section)
{
    /// <summary>The view of <paramref name="line"/>.</summary>
    public static RuleLineView Of(LineDefinition line) => new(
        line.Key.Value, line.PrintedLine, line.Label, line.Kind == LineKind.Input ? "input" : "formula",
        line.Formula?.Text, line.Default, line.Citation, line.Note, line.Section);
}
