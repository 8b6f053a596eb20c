using System.Globalization;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Docs;

/// <summary>
/// Writes a formula for people: line references by the line number the form prints
/// (<c>line 1.A</c>) rather than by code, and, for check conditions, comparisons and logic in words
/// (<c>line 14 is less than 0</c>).
/// </summary>
/// <param name="form">The version, to find each reference's printed line.</param>
/// <param name="inWords">True to write operators as words (conditions), false to keep arithmetic symbols (captions).</param>
public sealed class FormulaWords(FormDefinition form, bool inWords) : IFormulaVisitor<string>
{
    /// <summary><paramref name="formula"/> with references as printed lines and operators as symbols.</summary>
    public static string Caption(FormDefinition form, Formula formula) => formula.Root.Accept(new FormulaWords(form, inWords: false));

    /// <summary><paramref name="formula"/> as a sentence.</summary>
    public static string Sentence(FormDefinition form, Formula formula) => formula.Root.Accept(new FormulaWords(form, inWords: true));

    /// <inheritdoc />
    public string VisitNumber(NumberLiteral node) => node.Value.ToString("#,##0.##########", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string VisitBoolean(BooleanLiteral node) => node.Value ? "true" : "false";

    /// <inheritdoc />
    public string VisitLineReference(LineReference node)
    {
        if (form.TryGetCheck(node.Key, out _))
        {
            return inWords ? $"check {node.Key} fires" : node.Key.AsReference;
        }

        return form.TryGetLine(node.Key, out var line) && line.PrintedLine is { } printed && form.Lines.Contains(line)
            ? $"line {printed} {node.Key.AsReference}"
            : node.Key.AsReference;
    }

    /// <inheritdoc />
    public string VisitFiled(FiledReference node) => $"the filed {VisitLineReference(new LineReference(node.Key, node.Position))}";

    /// <inheritdoc />
    public string VisitUnary(UnaryExpression node) => node.Operator switch
    {
        UnaryOperator.Negate => "-" + Grouped(node.Operand),
        UnaryOperator.Plus => Grouped(node.Operand),
        _ => (inWords ? "not " : "!") + Grouped(node.Operand),
    };

    /// <inheritdoc />
    public string VisitBinary(BinaryExpression node)
    {
        var precedence = Precedence(node.Operator);
        var left = Precedence(node.Left) < precedence ? $"({node.Left.Accept(this)})" : node.Left.Accept(this);
        var right = Precedence(node.Right) <= precedence ? $"({node.Right.Accept(this)})" : node.Right.Accept(this);
        return $"{left} {Operator(node.Operator)} {right}";
    }

    /// <inheritdoc />
    public string VisitConditional(ConditionalExpression node) => inWords
        ? $"if {node.Condition.Accept(this)} then {node.WhenTrue.Accept(this)}, else {node.WhenFalse.Accept(this)}"
        : $"{Grouped(node.Condition)} ? {Grouped(node.WhenTrue)} : {Grouped(node.WhenFalse)}";

    /// <inheritdoc />
    public string VisitCall(FunctionCall node)
    {
        var name = FormulaFunctionSignature.Of(node.Function).Name;
        return $"{name}({string.Join(", ", node.Arguments.Select(a => a.Accept(this)))})";
    }

    private string Grouped(FormulaNode node) => node is BinaryExpression or ConditionalExpression ? $"({node.Accept(this)})" : node.Accept(this);

    private static int Precedence(FormulaNode node) => node switch
    {
        BinaryExpression binary => Precedence(binary.Operator),
        ConditionalExpression => 0,
        _ => int.MaxValue,
    };

    private static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => 1,
        BinaryOperator.And => 2,
        BinaryOperator.Equal or BinaryOperator.NotEqual => 3,
        BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => 4,
        BinaryOperator.Add or BinaryOperator.Subtract => 5,
        _ => 6,
    };

    private string Operator(BinaryOperator op) => !inWords ? OperatorSymbols.Of(op) : op switch
    {
        BinaryOperator.Add => "plus",
        BinaryOperator.Subtract => "minus",
        BinaryOperator.Multiply => "times",
        BinaryOperator.Divide => "divided by",
        BinaryOperator.Remainder => "modulo",
        BinaryOperator.Less => "is less than",
        BinaryOperator.LessOrEqual => "is at most",
        BinaryOperator.Greater => "is more than",
        BinaryOperator.GreaterOrEqual => "is at least",
        BinaryOperator.Equal => "equals",
        BinaryOperator.NotEqual => "differs from",
        BinaryOperator.And => "and",
        _ => "or",
    };
}
