namespace SegRules.Engine.Model;

/// <summary>One operation over a formula tree (emit C#, interpret, collect references, print).</summary>
/// <typeparam name="TResult">What the operation produces for each node.</typeparam>
public interface IFormulaVisitor<out TResult>
{
    /// <summary>Visits a number literal.</summary>
    TResult VisitNumber(NumberLiteral node);

    /// <summary>Visits a boolean literal.</summary>
    TResult VisitBoolean(BooleanLiteral node);

    /// <summary>Visits a line reference.</summary>
    TResult VisitLineReference(LineReference node);

    /// <summary>Visits a filed-figure reference.</summary>
    TResult VisitFiled(FiledReference node);

    /// <summary>Visits a prefix operator.</summary>
    TResult VisitUnary(UnaryExpression node);

    /// <summary>Visits an infix operator.</summary>
    TResult VisitBinary(BinaryExpression node);

    /// <summary>Visits a conditional expression.</summary>
    TResult VisitConditional(ConditionalExpression node);

    /// <summary>Visits a function call.</summary>
    TResult VisitCall(FunctionCall node);
}
