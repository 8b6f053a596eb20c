using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// A balances file matched to the form version it will be evaluated on: every input line has its
/// figure (given, set from a target choice, or the rule's default).
/// </summary>
/// <param name="Source">The balances file as read.</param>
/// <param name="Form">The form version the inputs are for.</param>
/// <param name="Values">A figure for every input line of <paramref name="Form"/>.</param>
public sealed record StatementInputs(BalancesFile Source, FormDefinition Form, IReadOnlyDictionary<LineKey, decimal> Values)
{
    /// <summary>The supplemental figures the balances file gave, for checks that need them.</summary>
    public IReadOnlyDictionary<LineKey, decimal> Supplementals { get; init; } = new Dictionary<LineKey, decimal>();

    /// <summary>The statements the balances hold (all, unless the file lists some).</summary>
    public HeldStatements Held { get; init; } = HeldStatements.Every(Form);

    /// <summary>The figures a filing printed, by statement line, for checks that compare them.</summary>
    public IReadOnlyDictionary<LineKey, decimal> Filed { get; init; } = new Dictionary<LineKey, decimal>();
}
