namespace SegRules.Engine.Model;

/// <summary>How formulas write each infix operator (the same as C#, which the formulas are parsed and compiled as).</summary>
public static class OperatorSymbols
{
    /// <summary>The symbol of <paramref name="op"/>, e.g. <c>&lt;=</c>.</summary>
    public static string Of(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Remainder => "%",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.And => "&&",
        _ => "||",
    };
}
