using SegRules.Engine.Balances;
using SegRules.Engine.Load;

namespace SegRules.Authoring.Regression;

/// <summary>
/// One regression case of a version (<c>tests/*.yaml</c> in the version folder): balances in, and
/// the expectations to check. Only the listed expectations are checked.
/// </summary>
/// <param name="File">The case file, as shown in messages.</param>
/// <param name="Name">What the case shows.</param>
/// <param name="Balances">The balances the case evaluates.</param>
/// <param name="Lines">Expected line values, with the key's position in the case file.</param>
/// <param name="Fired">Checks that must fire.</param>
/// <param name="NotFired">Checks that must not fire.</param>
public sealed record RegressionCase(
    string File,
    string Name,
    BalancesFile Balances,
    IReadOnlyList<(ScalarNode Key, decimal Value)> Lines,
    IReadOnlyList<ScalarNode> Fired,
    IReadOnlyList<ScalarNode> NotFired)
{
    /// <summary>
    /// The problems the balances must be refused with, each <c>SRnnnn</c> or <c>SRnnnn: text the message
    /// contains</c>; when any is listed the case expects no evaluation.
    /// </summary>
    public IReadOnlyList<ScalarNode> Refused { get; init; } = [];
}
