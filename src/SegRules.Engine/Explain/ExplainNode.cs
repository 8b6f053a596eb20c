using SegRules.Engine.Model;

namespace SegRules.Engine.Explain;

/// <summary>
/// One node of a derivation tree: a line, supplemental figure or check, its value in this
/// evaluation, how it is obtained, and the nodes it reads. Data only; renderers turn it into text or JSON.
/// </summary>
/// <param name="Key">The line code, figure id or check id.</param>
/// <param name="Kind">What the node is.</param>
/// <param name="PrintedLine">The form's line number, if any.</param>
/// <param name="Label">The line's label or the check's title.</param>
/// <param name="Formula">The formula (a check's condition), as written; null for inputs.</param>
/// <param name="Value">The line's or figure's value; null for a check, or a figure not given.</param>
/// <param name="Outcome">A check's outcome: true fired, false held, null not evaluated.</param>
/// <param name="Message">A fired check's message.</param>
/// <param name="Citation">The rule the node rests on.</param>
/// <param name="Source">Where the value came from, for inputs (given, default, target choice) and supplemental figures.</param>
/// <param name="Children">The nodes it reads, in first-use order.</param>
/// <param name="Truncated">True when the node has children that the depth limit left out.</param>
public sealed record ExplainNode(
    LineKey Key,
    ExplainNodeKind Kind,
    string? PrintedLine,
    string Label,
    string? Formula,
    decimal? Value,
    bool? Outcome,
    string? Message,
    string? Citation,
    string? Source,
    IReadOnlyList<ExplainNode> Children,
    bool Truncated);

/// <summary>What an explained node is.</summary>
public enum ExplainNodeKind
{
    /// <summary>An input line of the statement.</summary>
    Input,

    /// <summary>A computed line.</summary>
    Formula,

    /// <summary>A figure beside the statement that checks read.</summary>
    Supplemental,

    /// <summary>A compliance check.</summary>
    Check,

    /// <summary>The figure a filing printed for a line.</summary>
    Filed,
}
