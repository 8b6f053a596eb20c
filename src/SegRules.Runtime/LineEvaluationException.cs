namespace SegRules.Runtime;

/// <summary>
/// Arithmetic failed while computing one line (division by zero, a result too large for a decimal).
/// Thrown by compiled evaluators and the interpreter alike, naming the line's slot.
/// </summary>
public sealed class LineEvaluationException(int slot, ArithmeticException inner)
    : Exception($"arithmetic failed at slot {slot}: {inner.Message}", inner)
{
    /// <summary>The value slot of the line that failed.</summary>
    public int Slot { get; } = slot;

    /// <summary>What went wrong, in words.</summary>
    public string Reason => InnerException switch
    {
        DivideByZeroException => "division by zero",
        OverflowException => "the result is too large for a decimal",
        _ => InnerException!.Message,
    };
}
