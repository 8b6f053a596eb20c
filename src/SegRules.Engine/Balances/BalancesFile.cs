using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// A balances file as read, before it is matched to a form version: every figure parsed and
/// positioned, nothing yet known about which codes the form has.
/// </summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="Firm">The firm's name.</param>
/// <param name="AsOf">The statement date, if it was a real date.</param>
/// <param name="AsOfPosition">Where the date is (or the file start when it is missing).</param>
/// <param name="Form">The form id (default <c>daily-seg</c>).</param>
/// <param name="Values">The figures by line, in file order.</param>
/// <param name="ValuesPosition">Where <c>values</c> starts, for problems about the set as a whole.</param>
/// <param name="Targets">The residual interest targets by pool, in file order.</param>
/// <param name="Supplementals">Figures that are not on the form but that checks may need, in file order.</param>
/// <param name="Filed">The figures a filing printed, by line (computed lines too), when the balances come from a filing.</param>
/// <param name="SourceHash">SHA-256 (hex) of the file's text, to tell later which exact file was evaluated.</param>
public sealed record BalancesFile(
    string Path,
    string? Firm,
    DateOnly? AsOf,
    SourcePosition AsOfPosition,
    string Form,
    IReadOnlyList<BalanceFigure> Values,
    SourcePosition ValuesPosition,
    IReadOnlyList<TargetEntry> Targets,
    IReadOnlyList<BalanceFigure> Supplementals,
    IReadOnlyList<BalanceFigure> Filed,
    string SourceHash)
{
    /// <summary>
    /// The statements the file holds as it lists them under <c>statements</c> (e.g. <c>[secured,
    /// swaps]</c> on a U.S. bank holiday); null when it lists none, meaning all of them.
    /// </summary>
    public IReadOnlyList<ScalarNode>? Statements { get; init; }

    /// <summary>Where <c>statements</c> is written, when it is.</summary>
    public SourcePosition? StatementsPosition { get; init; }
}

/// <summary>One figure of <c>values</c>: the key as written and its amount.</summary>
/// <param name="Key">The code or id as written.</param>
/// <param name="Value">The amount.</param>
public sealed record BalanceFigure(ScalarNode Key, decimal Value);

/// <summary>One pool's target choice as written: <c>segregation: { percent: 5 }</c>.</summary>
/// <param name="Pool">The pool as written.</param>
/// <param name="Choice">The choice name (amount, percent, amount_range, percent_range).</param>
/// <param name="Figures">One figure, or two (low, high) for a range.</param>
public sealed record TargetEntry(ScalarNode Pool, ScalarNode Choice, IReadOnlyList<decimal> Figures);
