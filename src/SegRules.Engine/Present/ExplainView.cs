using System.Text.Json.Serialization;
using SegRules.Engine.Explain;

namespace SegRules.Engine.Present;

/// <summary>One node of a derivation tree as shown: the line, figure or check, its value or outcome, formula, rule, and the nodes it reads.</summary>
/// <param name="Key">The line code, figure id or check id.</param>
/// <param name="Kind"><c>input</c>, <c>formula</c>, <c>supplemental</c>, <c>check</c> or <c>filed</c>.</param>
/// <param name="Line">The printed line number.</param>
/// <param name="Label">The caption or the check's title.</param>
/// <param name="Formula">The formula or condition as written.</param>
/// <param name="Value">The figure; null for a check or a figure not given.</param>
/// <param name="Outcome">A check's outcome: <c>fired</c>, <c>held</c> or <c>not-evaluated</c>; absent for other nodes.</param>
/// <param name="Message">A check's message; absent for other nodes.</param>
/// <param name="Citation">The rule it rests on.</param>
/// <param name="Source">Where an input's value came from.</param>
/// <param name="Truncated">True when the depth limit left its inputs out.</param>
/// <param name="Children">The nodes it reads.</param>
public sealed record ExplainView(
    string Key,
    string Kind,
    string? Line,
    string Label,
    string? Formula,
    decimal? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message,
    string? Citation,
    string? Source,
    bool Truncated,
    IReadOnlyList<ExplainView> Children)
{
    /// <summary>The view of the tree under <paramref name="node"/>.</summary>
    public static ExplainView Of(ExplainNode node)
    {
        var check = node.Kind == ExplainNodeKind.Check;
        return new ExplainView(
            node.Key.Value, node.Kind.ToString().ToLowerInvariant(), node.PrintedLine, node.Label, node.Formula, node.Value,
            check ? node.Outcome switch { true => "fired", false => "held", null => "not-evaluated" } : null,
            check ? node.Message ?? "" : null,
            node.Citation, node.Source, node.Truncated, node.Children.Select(Of).ToArray());
    }
}
