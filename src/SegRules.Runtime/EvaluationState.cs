namespace SegRules.Runtime;

/// <summary>
/// The working memory of one evaluation, laid out by the engine's slot layout: written by a compiled
/// evaluator or the interpreter, then read to build findings and explanations. Public because
/// generated code fills it; not shared between evaluations.
/// </summary>
public sealed class EvaluationState(int values, int checks, int arguments)
{
    /// <summary>The value of each line and supplemental figure.</summary>
    public decimal[] Values { get; } = new decimal[values];

    /// <summary>Whether each value is known: always for statement lines; for a supplemental figure, when the balances gave it.</summary>
    public bool[] Known { get; } = new bool[values];

    /// <summary>The figure the filing printed for each line, where the balances carry filed figures.</summary>
    public decimal[] Filed { get; } = new decimal[values];

    /// <summary>Whether each line's filed figure was given.</summary>
    public bool[] FiledKnown { get; } = new bool[values];

    /// <summary>Whether each check could be evaluated (everything it reads is known).</summary>
    public bool[] Evaluated { get; } = new bool[checks];

    /// <summary>Whether each check's condition was true.</summary>
    public bool[] Fired { get; } = new bool[checks];

    /// <summary>The values of fired checks' message placeholders.</summary>
    public decimal[] Arguments { get; } = new decimal[arguments];
}
