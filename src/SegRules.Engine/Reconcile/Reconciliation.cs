using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Engine.Reconcile;

/// <summary>How a filing's printed figures compare with what the rules compute from its inputs.</summary>
/// <param name="Evaluation">The evaluation of the filing's inputs, which carries its filed figures.</param>
/// <param name="Compared">How many lines had a filed figure to compare.</param>
/// <param name="Differences">Every line whose filed figure disagrees, in printed order.</param>
/// <param name="NotFiled">Coded lines the filing printed no figure for.</param>
public sealed record Reconciliation(Evaluation Evaluation, int Compared, IReadOnlyList<FiledDifference> Differences, IReadOnlyList<LineKey> NotFiled)
{
    /// <summary>True when every filed figure agrees with the rules.</summary>
    public bool Agrees => Differences.Count == 0;
}
