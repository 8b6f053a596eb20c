namespace SegRules.Runtime;

/// <summary>
/// The implementations of the formula functions, shared by compiled evaluators (which call them
/// directly) and the reference interpreter, so both compute each function identically. It knows
/// nothing of the rule model: generated code may call it and nothing else of SegRules.
/// </summary>
public static class FormulaRuntime
{
    /// <summary><c>max(a, b, ...)</c>.</summary>
    public static decimal Max(params ReadOnlySpan<decimal> values)
    {
        var result = values[0];
        foreach (var value in values[1..])
        {
            result = Math.Max(result, value);
        }

        return result;
    }

    /// <summary><c>min(a, b, ...)</c>.</summary>
    public static decimal Min(params ReadOnlySpan<decimal> values)
    {
        var result = values[0];
        foreach (var value in values[1..])
        {
            result = Math.Min(result, value);
        }

        return result;
    }

    /// <summary><c>abs(x)</c>.</summary>
    public static decimal Abs(decimal value) => Math.Abs(value);

    /// <summary><c>round_half_up(x, digits)</c>: a midpoint rounds away from zero.</summary>
    public static decimal RoundHalfUp(decimal value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    /// <summary><c>round_half_even(x, digits)</c>: a midpoint rounds to the even neighbour.</summary>
    public static decimal RoundHalfEven(decimal value, int digits) => Math.Round(value, digits, MidpointRounding.ToEven);

    /// <summary><c>floor(x)</c>.</summary>
    public static decimal Floor(decimal value) => decimal.Floor(value);

    /// <summary><c>ceiling(x)</c>.</summary>
    public static decimal Ceiling(decimal value) => decimal.Ceiling(value);
}
