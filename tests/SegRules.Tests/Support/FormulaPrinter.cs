using System.Globalization;
using SegRules.Engine.Model;

namespace SegRules.Tests.Support;

/// <summary>Writes a formula tree in prefix form, e.g. <c>(Add [7010] (Multiply [7020] 2))</c>, so tests can state the tree they expect.</summary>
public sealed class FormulaPrinter : IFormulaVisitor<string>
{
    public static string Print(FormulaNode node) => node.Accept(new FormulaPrinter());

    public string VisitNumber(NumberLiteral node) => node.Value.ToString(CultureInfo.InvariantCulture);

    public string VisitBoolean(BooleanLiteral node) => node.Value ? "true" : "false";

    public string VisitLineReference(LineReference node) => node.Key.AsReference;

    public string VisitFiled(FiledReference node) => $"filed({node.Key.AsReference})";

    public string VisitUnary(UnaryExpression node) => $"({node.Operator} {node.Operand.Accept(this)})";

    public string VisitBinary(BinaryExpression node) => $"({node.Operator} {node.Left.Accept(this)} {node.Right.Accept(this)})";

    public string VisitConditional(ConditionalExpression node) =>
        $"(? {node.Condition.Accept(this)} {node.WhenTrue.Accept(this)} {node.WhenFalse.Accept(this)})";

    public string VisitCall(FunctionCall node) => $"({node.Function} {string.Join(' ', node.Arguments.Select(a => a.Accept(this)))})";
}
