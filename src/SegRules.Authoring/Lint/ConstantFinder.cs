using SegRules.Engine.Model;

namespace SegRules.Authoring.Lint;

/// <summary>
/// The numbers written in a formula, except the ones that need no name: 0, 1 and 100 (a percentage's
/// scale), and the digits argument of a rounding function.
/// </summary>
public sealed class ConstantFinder : IFormulaVisitor<IEnumerable<NumberLiteral>>
{
    private static readonly ConstantFinder Instance = new();

    /// <summary>The numbers in <paramref name="root"/> that want a name, in source order.</summary>
    public static IReadOnlyList<NumberLiteral> Of(FormulaNode root) => root.Accept(Instance).ToArray();

    /// <inheritdoc />
    public IEnumerable<NumberLiteral> VisitNumber(NumberLiteral node) => node.Value is 0m or 1m or 100m ? [] : [node];

    /// <inheritdoc />
    public IEnumerable<NumberLiteral> VisitBoolean(BooleanLiteral node) => [];

    /// <inheritdoc />
    public IEnumerable<NumberLiteral> VisitLineReference(LineReference node) => [];

    /// <inheritdoc />
    public IEnumerable<NumberLiteral> VisitFiled(FiledReference node) => [];

    /// <inheritdoc />
    public IEnumerable<NumberLiteral> VisitUnary(UnaryExpression node) => node.Operand.Accept(this);

    /// <inheritdoc />
    public IEnumerable<NumberLiteral> VisitBinary(BinaryExpression node) => node.Left.Accept(this).Concat(node.Right.Accept(this));

    /// <inheritdoc />
    public IEnumerable<NumberLiteral> VisitConditional(ConditionalExpression node) =>
        node.Condition.Accept(this).Concat(node.WhenTrue.Accept(this)).Concat(node.WhenFalse.Accept(this));

    /// <inheritdoc />
    public IEnumerable<NumberLiteral> VisitCall(FunctionCall node)
    {
        var named = FormulaFunctionSignature.Of(node.Function).HasDigitsArgument ? node.Arguments.Take(node.Arguments.Count - 1) : node.Arguments;
        return named.SelectMany(a => a.Accept(this));
    }
}
