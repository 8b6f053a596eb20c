namespace SegRules.Engine.Model;

/// <summary>Collects the reference nodes (line references and filed-figure references) of a formula tree.</summary>
internal sealed class FormulaReferences : IFormulaVisitor<IEnumerable<FormulaNode>>
{
    private static readonly FormulaReferences Instance = new();

    /// <summary>Every reference node under <paramref name="root"/>, in source order.</summary>
    public static IReadOnlyList<FormulaNode> Of(FormulaNode root) => root.Accept(Instance).ToArray();

    public IEnumerable<FormulaNode> VisitNumber(NumberLiteral node) => [];

    public IEnumerable<FormulaNode> VisitBoolean(BooleanLiteral node) => [];

    public IEnumerable<FormulaNode> VisitLineReference(LineReference node) => [node];

    public IEnumerable<FormulaNode> VisitFiled(FiledReference node) => [node];

    public IEnumerable<FormulaNode> VisitUnary(UnaryExpression node) => node.Operand.Accept(this);

    public IEnumerable<FormulaNode> VisitBinary(BinaryExpression node) => node.Left.Accept(this).Concat(node.Right.Accept(this));

    public IEnumerable<FormulaNode> VisitConditional(ConditionalExpression node) =>
        node.Condition.Accept(this).Concat(node.WhenTrue.Accept(this)).Concat(node.WhenFalse.Accept(this));

    public IEnumerable<FormulaNode> VisitCall(FunctionCall node) => node.Arguments.SelectMany(a => a.Accept(this));
}
