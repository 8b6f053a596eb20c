using Microsoft.CodeAnalysis.CSharp;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>The binary operators of the allow-list and the types they take and give.</summary>
internal static class OperatorTable
{
    public static readonly IReadOnlyDictionary<SyntaxKind, BinaryOperator> Binary = new Dictionary<SyntaxKind, BinaryOperator>
    {
        [SyntaxKind.AddExpression] = BinaryOperator.Add,
        [SyntaxKind.SubtractExpression] = BinaryOperator.Subtract,
        [SyntaxKind.MultiplyExpression] = BinaryOperator.Multiply,
        [SyntaxKind.DivideExpression] = BinaryOperator.Divide,
        [SyntaxKind.ModuloExpression] = BinaryOperator.Remainder,
        [SyntaxKind.LessThanExpression] = BinaryOperator.Less,
        [SyntaxKind.LessThanOrEqualExpression] = BinaryOperator.LessOrEqual,
        [SyntaxKind.GreaterThanExpression] = BinaryOperator.Greater,
        [SyntaxKind.GreaterThanOrEqualExpression] = BinaryOperator.GreaterOrEqual,
        [SyntaxKind.EqualsExpression] = BinaryOperator.Equal,
        [SyntaxKind.NotEqualsExpression] = BinaryOperator.NotEqual,
        [SyntaxKind.LogicalAndExpression] = BinaryOperator.And,
        [SyntaxKind.LogicalOrExpression] = BinaryOperator.Or,
    };

    /// <summary>The operand type (null: both operands of one, either, type) and the result type.</summary>
    public static (FormulaType? Operands, FormulaType Result) Types(BinaryOperator op) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Remainder
            => (FormulaType.Number, FormulaType.Number),
        BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual
            => (FormulaType.Number, FormulaType.Boolean),
        BinaryOperator.Equal or BinaryOperator.NotEqual => (null, FormulaType.Boolean),
        _ => (FormulaType.Boolean, FormulaType.Boolean),
    };
}
