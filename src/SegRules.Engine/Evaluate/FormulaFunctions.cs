using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Engine.Evaluate;

/// <summary>
/// Maps the rule model's formula functions onto the runtime's implementations: by call for the
/// reference interpreter, by method name for generated code.
/// </summary>
public static class FormulaFunctions
{
    /// <summary>Calls <paramref name="function"/> on already evaluated arguments (the interpreter's entry).</summary>
    public static decimal Call(FormulaFunction function, ReadOnlySpan<decimal> arguments) => function switch
    {
        FormulaFunction.Max => FormulaRuntime.Max(arguments),
        FormulaFunction.Min => FormulaRuntime.Min(arguments),
        FormulaFunction.Abs => FormulaRuntime.Abs(arguments[0]),
        FormulaFunction.RoundHalfUp => FormulaRuntime.RoundHalfUp(arguments[0], (int)arguments[1]),
        FormulaFunction.RoundHalfEven => FormulaRuntime.RoundHalfEven(arguments[0], (int)arguments[1]),
        FormulaFunction.Floor => FormulaRuntime.Floor(arguments[0]),
        FormulaFunction.Ceiling => FormulaRuntime.Ceiling(arguments[0]),
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "not a formula function"),
    };

    /// <summary>The name of the <see cref="FormulaRuntime"/> method that implements <paramref name="function"/>, for generated code.</summary>
    public static string MethodName(FormulaFunction function) => function.ToString();
}
