using SegRules.Engine.Evaluate;
using SegRules.Engine.Reconcile;

namespace SegRules.Engine.Present;

/// <summary>What <c>reconcile --format json</c> shows: what was evaluated on which rules, how the filed figures compare, and the findings.</summary>
/// <param name="Form">The form id.</param>
/// <param name="Version">The version id.</param>
/// <param name="Title">The form's title.</param>
/// <param name="RulesetHash">The rule set's content hash.</param>
/// <param name="Firm">The firm.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Source">The file reconciled.</param>
/// <param name="Compared">How many filed figures were compared.</param>
/// <param name="Agrees">True when every one agrees.</param>
/// <param name="Differences">The ones that do not.</param>
/// <param name="NotFiled">The lines the filing printed no figure for.</param>
/// <param name="Findings">What the checks found.</param>
public sealed record ReconcileView(
    string Form,
    string Version,
    string Title,
    string RulesetHash,
    string? Firm,
    string AsOf,
    string Source,
    int Compared,
    bool Agrees,
    IReadOnlyList<FiledDifferenceView> Differences,
    IReadOnlyList<string> NotFiled,
    IReadOnlyList<FindingView> Findings)
{
    /// <summary>The view of <paramref name="reconciliation"/>.</summary>
    public static ReconcileView Of(Reconciliation reconciliation)
    {
        Evaluation evaluation = reconciliation.Evaluation;
        var statement = StatementView.Of(evaluation, null);
        var compared = ReconciliationView.Of(reconciliation);
        return new ReconcileView(
            statement.Form, statement.Version, statement.Title, statement.RulesetHash, statement.Firm, statement.AsOf, statement.Source,
            compared.Compared, compared.Agrees, compared.Differences, compared.NotFiled, statement.Findings);
    }
}
