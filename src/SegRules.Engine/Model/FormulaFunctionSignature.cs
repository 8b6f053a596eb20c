namespace SegRules.Engine.Model;

/// <summary>How a formula function is written and called.</summary>
/// <param name="Function">The function.</param>
/// <param name="Name">Its name in formulas.</param>
/// <param name="MinArguments">Fewest arguments.</param>
/// <param name="MaxArguments">Most arguments (<see cref="int.MaxValue"/> for any number).</param>
/// <param name="HasDigitsArgument">True when the last argument is a whole-number literal 0-10 (decimal places).</param>
public sealed record FormulaFunctionSignature(FormulaFunction Function, string Name, int MinArguments, int MaxArguments, bool HasDigitsArgument)
{
    /// <summary>Every function of the formula language, by name.</summary>
    public static IReadOnlyDictionary<string, FormulaFunctionSignature> All { get; } = new[]
    {
        new FormulaFunctionSignature(FormulaFunction.Max, "max", 2, int.MaxValue, false),
        new FormulaFunctionSignature(FormulaFunction.Min, "min", 2, int.MaxValue, false),
        new FormulaFunctionSignature(FormulaFunction.Abs, "abs", 1, 1, false),
        new FormulaFunctionSignature(FormulaFunction.RoundHalfUp, "round_half_up", 2, 2, true),
        new FormulaFunctionSignature(FormulaFunction.RoundHalfEven, "round_half_even", 2, 2, true),
        new FormulaFunctionSignature(FormulaFunction.Floor, "floor", 1, 1, false),
        new FormulaFunctionSignature(FormulaFunction.Ceiling, "ceiling", 1, 1, false),
        new FormulaFunctionSignature(FormulaFunction.Filed, "filed", 1, 1, false),
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The signature of <paramref name="function"/>.</summary>
    public static FormulaFunctionSignature Of(FormulaFunction function) => All.Values.Single(s => s.Function == function);

    /// <summary>The most decimal places a rounding function may be asked for.</summary>
    public const int MaxDigits = 10;
}
