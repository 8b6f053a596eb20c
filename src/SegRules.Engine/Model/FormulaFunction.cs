namespace SegRules.Engine.Model;

/// <summary>
/// The documented function set of the formula language (see docs/formulas.md). Rounding functions
/// name their midpoint rule, so a rule file always says how it rounds.
/// </summary>
public enum FormulaFunction
{
    /// <summary><c>max(a, b, ...)</c>: the greatest of two or more numbers.</summary>
    Max,

    /// <summary><c>min(a, b, ...)</c>: the least of two or more numbers.</summary>
    Min,

    /// <summary><c>abs(x)</c>: the absolute value.</summary>
    Abs,

    /// <summary><c>round_half_up(x, digits)</c>: rounds to digits places, a midpoint away from zero (2.5 -> 3, -2.5 -> -3).</summary>
    RoundHalfUp,

    /// <summary><c>round_half_even(x, digits)</c>: rounds to digits places, a midpoint to the even neighbour (banker's rounding).</summary>
    RoundHalfEven,

    /// <summary><c>floor(x)</c>: the greatest whole number not above x.</summary>
    Floor,

    /// <summary><c>ceiling(x)</c>: the least whole number not below x.</summary>
    Ceiling,

    /// <summary><c>filed([code])</c>: the figure the filing printed for a line (checks only); parsed into a <see cref="FiledReference"/>.</summary>
    Filed,
}
