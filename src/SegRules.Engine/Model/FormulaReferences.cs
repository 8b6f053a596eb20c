namespace SegRules.Engine.Model;

/// <summary>Collects the line references of a formula tree.</summary>
internal sealed class FormulaReferences : IFormulaVisitor<IEnumerable<LineReference>>
{
    private static readonly FormulaReferences Instance = new();

    /// <summary>Every reference node under <paramref name="root"/>, in source order.</summary>
    public static IReadOnlyList<LineReference> Of(FormulaNode root) => root.Accept(Instance).ToArray();

    public IEnumerable<LineReference> VisitNumber(NumberLiteral node) => [];

    public IEnumerable<LineReference> VisitBoolean(BooleanLiteral node) => [];

    public IEnumerable<LineReference> VisitLineReference(LineReference node) => [node];

    public IEnumerable<LineReference> VisitUnary(UnaryExpression node) => node.Operand.Accept(this);

    public IEnumerable<LineReference> VisitBinary(BinaryExpression node) => node.Left.Accept(this).Concat(node.Right.Accept(this));

    public IEnumerable<LineReference> VisitConditional(ConditionalExpression node) =>
        node.Condition.Accept(this).Concat(node.WhenTrue.Accept(this)).Concat(node.WhenFalse.Accept(this));

    public IEnumerable<LineReference> VisitCall(FunctionCall node) => node.Arguments.SelectMany(a => a.Accept(this));
}
