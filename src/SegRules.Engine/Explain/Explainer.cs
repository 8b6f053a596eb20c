using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Engine.Explain;

/// <summary>
/// Builds the derivation tree of a line or finding from an evaluation: the structure is the rule
/// set's own references, and every value is the one the compiled evaluator produced in that run.
/// </summary>
public static class Explainer
{
    /// <summary>True when <paramref name="key"/> names a line, supplemental figure or check of the evaluated form.</summary>
    public static bool CanExplain(Evaluation evaluation, LineKey key) =>
        (evaluation.Form.TryGetLine(key, out _) && evaluation.Inputs.Held.HoldsLine(key)) || (evaluation.Form.TryGetCheck(key, out _) && evaluation.Inputs.Held.HoldsCheck(key));

    /// <summary>The tree rooted at <paramref name="key"/>, expanded <paramref name="depth"/> levels below the root.</summary>
    public static ExplainNode Explain(Evaluation evaluation, LineKey key, int depth)
    {
        var form = evaluation.Form;
        if (form.TryGetCheck(key, out var check))
        {
            var finding = evaluation.Findings.FirstOrDefault(f => f.Check == key && f.Status == FindingStatus.Fired);
            var children = depth > 0
                ? check.Reads.Select(k => Explain(evaluation, k, depth - 1)).Concat(check.FiledReads.Select(k => Filed(evaluation, k))).ToArray()
                : [];
            return new ExplainNode(key, ExplainNodeKind.Check, null, check.Title, check.When.Text, null,
                evaluation.CheckOutcomes[key], finding?.Message, check.Citation, null, children,
                depth <= 0 && check.Reads.Count + check.FiledReads.Count > 0);
        }

        var line = form[key];
        var reads = line.Formula?.References ?? [];
        return new ExplainNode(key, Kind(line.Kind), line.PrintedLine, line.Label, line.Formula?.Text,
            Value(evaluation, line), null, null, line.Citation, Source(evaluation, line),
            depth > 0 ? reads.Select(k => Explain(evaluation, k, depth - 1)).ToArray() : [],
            depth <= 0 && reads.Count > 0);
    }

    private static ExplainNode Filed(Evaluation evaluation, LineKey key)
    {
        var line = evaluation.Form[key];
        var given = evaluation.Inputs.Filed.TryGetValue(key, out var value);
        return new ExplainNode(key, ExplainNodeKind.Filed, line.PrintedLine, $"{line.Label} (as filed)", null, given ? value : null,
            null, null, null, given ? "given under filed" : "not given", [], false);
    }

    private static decimal? Value(Evaluation evaluation, LineDefinition line) =>
        line.Kind == LineKind.Supplemental
            ? evaluation.Inputs.Supplementals.TryGetValue(line.Key, out var given) ? given : null
            : evaluation.Values[line.Key];

    private static string? Source(Evaluation evaluation, LineDefinition line)
    {
        var file = evaluation.Inputs.Source;
        return line.Kind switch
        {
            LineKind.Supplemental => evaluation.Inputs.Supplementals.ContainsKey(line.Key) ? "given under supplemental" : "not given",
            LineKind.Input when file.Values.Any(v => v.Key.Value == line.Key.Value) => "given under values",
            LineKind.Input when TargetChoice(evaluation, line.Key) is { } choice => $"from targets.{choice}",
            LineKind.Input => "the rule's default",
            _ => null,
        };
    }

    /// <summary>The target choice (<c>pool.choice</c>) the balances gave that wrote <paramref name="key"/>, if any.</summary>
    private static string? TargetChoice(Evaluation evaluation, LineKey key)
    {
        foreach (var entry in evaluation.Inputs.Source.Targets)
        {
            var target = evaluation.Form.Targets.FirstOrDefault(t => t.Pool == entry.Pool.Value);
            if (target is not null && target.LinesOf(entry.Choice.Value).Contains(key))
            {
                return $"{entry.Pool.Value}.{entry.Choice.Value}";
            }
        }

        return null;
    }

    private static ExplainNodeKind Kind(LineKind kind) => kind switch
    {
        LineKind.Input => ExplainNodeKind.Input,
        LineKind.Formula => ExplainNodeKind.Formula,
        _ => ExplainNodeKind.Supplemental,
    };
}
