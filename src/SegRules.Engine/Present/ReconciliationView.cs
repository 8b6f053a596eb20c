using SegRules.Engine.Reconcile;

namespace SegRules.Engine.Present;

/// <summary>How a filing's figures compare with the rules: how many were compared, whether all agree, each difference, the lines not filed.</summary>
/// <param name="Compared">How many filed figures were compared.</param>
/// <param name="Agrees">True when every one agrees.</param>
/// <param name="Differences">The ones that do not.</param>
/// <param name="NotFiled">The lines the filing printed no figure for.</param>
public sealed record ReconciliationView(int Compared, bool Agrees, IReadOnlyList<FiledDifferenceView> Differences, IReadOnlyList<string> NotFiled)
{
    /// <summary>The view of <paramref name="reconciliation"/>.</summary>
    public static ReconciliationView Of(Reconciliation reconciliation) => new(
        reconciliation.Compared, reconciliation.Agrees,
        reconciliation.Differences.Select(FiledDifferenceView.Of).ToArray(),
        reconciliation.NotFiled.Select(k => k.Value).ToArray());
}
