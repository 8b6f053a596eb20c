using SegRules.Engine.Model;

namespace SegRules.Engine.Evaluate;

/// <summary>
/// The implementations of the formula functions, shared by compiled evaluators (which call them
/// directly) and the reference interpreter, so both compute each function identically.
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

    /// <summary>Calls <paramref name="function"/> on already evaluated arguments (the interpreter's entry).</summary>
    public static decimal Call(FormulaFunction function, ReadOnlySpan<decimal> arguments) => function switch
    {
        FormulaFunction.Max => Max(arguments),
        FormulaFunction.Min => Min(arguments),
        FormulaFunction.Abs => Abs(arguments[0]),
        FormulaFunction.RoundHalfUp => RoundHalfUp(arguments[0], (int)arguments[1]),
        FormulaFunction.RoundHalfEven => RoundHalfEven(arguments[0], (int)arguments[1]),
        FormulaFunction.Floor => Floor(arguments[0]),
        FormulaFunction.Ceiling => Ceiling(arguments[0]),
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "not a formula function"),
    };

    /// <summary>The name of the C# method that implements <paramref name="function"/>, for generated code.</summary>
    public static string MethodName(FormulaFunction function) => function.ToString();
}
