using SegRules.Engine.Evaluate;
using SegRules.Engine.Reconcile;

namespace SegRules.Engine.Present;

/// <summary>
/// An evaluated statement as it is shown, by <c>evaluate</c>/<c>show --format json</c> and by the web
/// API alike: what was evaluated on which rules, where it is stored, every line's figure (by key and
/// page by page), the findings, and the reconciliation when the balances carry filed figures.
/// </summary>
/// <param name="Form">The form id.</param>
/// <param name="Version">The version id.</param>
/// <param name="Title">The form's title.</param>
/// <param name="RulesetHash">The rule set's content hash.</param>
/// <param name="Firm">The firm.</param>
/// <param name="AsOf">The as-of date, yyyy-MM-dd.</param>
/// <param name="Source">The balances file.</param>
/// <param name="Statements">The statements the evaluation holds (a holiday filing may leave some out).</param>
/// <param name="Stored">Where it is stored; null when it was not.</param>
/// <param name="Lines">Every line's figure by key, in the form's order.</param>
/// <param name="Pages">The pages as printed.</param>
/// <param name="Findings">What the checks found.</param>
/// <param name="Reconciliation">The comparison with filed figures; null when there are none.</param>
public sealed record StatementView(
    string Form,
    string Version,
    string Title,
    string RulesetHash,
    string? Firm,
    string AsOf,
    string Source,
    IReadOnlyList<string> Statements,
    StoredView? Stored,
    IReadOnlyDictionary<string, decimal> Lines,
    IReadOnlyList<StatementPageView> Pages,
    IReadOnlyList<FindingView> Findings,
    ReconciliationView? Reconciliation)
{
    /// <summary>The view of <paramref name="evaluation"/>, stored as <paramref name="stored"/> (null when not stored).</summary>
    public static StatementView Of(Evaluation evaluation, StoredView? stored)
    {
        var form = evaluation.Form;
        var source = evaluation.Inputs.Source;
        var lines = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in evaluation.Lines)
        {
            lines[line.Key.Value] = evaluation.Values[line.Key];
        }

        var pages = evaluation.Pages
            .Select(p => new StatementPageView(p.Id, p.Title, p.Citation, p.Lines.Select(l => StatementLineView.Of(l, evaluation.Values[l.Key])).ToArray()))
            .ToArray();
        return new StatementView(
            form.Info.Form, form.Info.Version, form.Info.Title, form.Hash, source.Firm, source.AsOf!.Value.ToString("yyyy-MM-dd"), source.Path,
            evaluation.Statements.ToArray(), stored, lines, pages, evaluation.Findings.Select(FindingView.Of).ToArray(),
            evaluation.Inputs.Filed.Count > 0 ? ReconciliationView.Of(Reconciler.Reconcile(evaluation)) : null);
    }
}
