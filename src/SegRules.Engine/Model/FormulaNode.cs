namespace SegRules.Engine.Model;

/// <summary>
/// A node of a formula's expression tree. Only the node kinds below exist, so a tree can express
/// nothing but arithmetic, comparison and logic over line values and the documented functions.
/// </summary>
/// <param name="Position">Where the node's text starts in the rule file.</param>
public abstract record FormulaNode(SourcePosition Position)
{
    /// <summary>Dispatches to the visitor method for this node kind.</summary>
    public abstract TResult Accept<TResult>(IFormulaVisitor<TResult> visitor);
}

/// <summary>A number written in the formula, held exactly as a decimal.</summary>
public sealed record NumberLiteral(decimal Value, SourcePosition Position) : FormulaNode(Position)
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFormulaVisitor<TResult> visitor) => visitor.VisitNumber(this);
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanLiteral(bool Value, SourcePosition Position) : FormulaNode(Position)
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFormulaVisitor<TResult> visitor) => visitor.VisitBoolean(this);
}

/// <summary>A reference to another line's value: <c>[7010]</c>.</summary>
public sealed record LineReference(LineKey Key, SourcePosition Position) : FormulaNode(Position)
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFormulaVisitor<TResult> visitor) => visitor.VisitLineReference(this);
}

/// <summary>
/// <c>filed([7190])</c>: the figure a filing printed for a line, when the balances file carries its
/// filed figures. Only checks may read it; a check that does is evaluated only when the figure is there.
/// </summary>
public sealed record FiledReference(LineKey Key, SourcePosition Position) : FormulaNode(Position)
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFormulaVisitor<TResult> visitor) => visitor.VisitFiled(this);
}

/// <summary>A prefix operator applied to one operand.</summary>
public sealed record UnaryExpression(UnaryOperator Operator, FormulaNode Operand, SourcePosition Position) : FormulaNode(Position)
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFormulaVisitor<TResult> visitor) => visitor.VisitUnary(this);
}

/// <summary>An infix operator applied to two operands.</summary>
public sealed record BinaryExpression(BinaryOperator Operator, FormulaNode Left, FormulaNode Right, SourcePosition Position) : FormulaNode(Position)
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFormulaVisitor<TResult> visitor) => visitor.VisitBinary(this);
}

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
public sealed record ConditionalExpression(FormulaNode Condition, FormulaNode WhenTrue, FormulaNode WhenFalse, SourcePosition Position) : FormulaNode(Position)
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFormulaVisitor<TResult> visitor) => visitor.VisitConditional(this);
}

/// <summary>A call of one of the documented formula functions.</summary>
public sealed record FunctionCall(FormulaFunction Function, IReadOnlyList<FormulaNode> Arguments, SourcePosition Position) : FormulaNode(Position)
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFormulaVisitor<TResult> visitor) => visitor.VisitCall(this);
}
