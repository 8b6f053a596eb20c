namespace SegRules.Engine.Model;

/// <summary>One line of a statement page as the form prints it, with how its figure is obtained.</summary>
/// <param name="Key">The form code, or a stable id where the form prints no code.</param>
/// <param name="PrintedLine">The line number printed on the form ("1.A", "11.B"), if any.</param>
/// <param name="Label">The form's wording for the line.</param>
/// <param name="Kind">Input or formula.</param>
/// <param name="Formula">The parsed formula of a formula line; null for inputs.</param>
/// <param name="Default">For an input that a balances file may omit, the figure used instead.</param>
/// <param name="Citation">The regulation or instruction the line rests on.</param>
/// <param name="Note">A recorded reading or assumption behind the line, for reviewers.</param>
/// <param name="Section">The heading of the part of the page the line sits under, if the form prints one.</param>
/// <param name="Position">Where the line is defined.</param>
public sealed record LineDefinition(
    LineKey Key,
    string? PrintedLine,
    string Label,
    LineKind Kind,
    Formula? Formula,
    decimal? Default,
    string? Citation,
    string? Note,
    string? Section,
    SourcePosition Position)
{
    /// <summary>The sources <see cref="Citation"/> names, each with its parts where the rule file gives them.</summary>
    public IReadOnlyList<CitationSource> Sources { get; init; } = [];

    /// <summary>The sign the form prints the line's figure with (inputs only; <see cref="LineSign.Any"/> unless declared).</summary>
    public LineSign Sign { get; init; } = LineSign.Any;
}
