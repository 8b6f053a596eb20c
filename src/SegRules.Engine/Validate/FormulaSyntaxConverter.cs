using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using BinaryExpression = SegRules.Engine.Model.BinaryExpression;
using ConditionalExpression = SegRules.Engine.Model.ConditionalExpression;
using UnaryExpression = SegRules.Engine.Model.UnaryExpression;
using DiagnosticDescriptor = SegRules.Engine.Diagnostics.DiagnosticDescriptor;

namespace SegRules.Engine.Validate;

/// <summary>
/// The allow-list: copies the allowed Roslyn syntax nodes of one formula into a typed
/// <see cref="FormulaNode"/> tree and reports every other node. Used only by <see cref="FormulaParser"/>.
/// </summary>
internal sealed class FormulaSyntaxConverter(FormulaSource source, DiagnosticBag diagnostics, Func<LineKey, FormulaType> referenceType)
{
    public (FormulaNode Node, FormulaType Type)? Convert(ExpressionSyntax syntax, int depth)
    {
        if (depth > FormulaParser.MaxDepth)
        {
            Report(syntax, DiagnosticCatalog.FormulaTooComplex, $"the formula nests deeper than {FormulaParser.MaxDepth} levels: split it over intermediate lines");
            return null;
        }

        return syntax switch
        {
            ParenthesizedExpressionSyntax p => Convert(p.Expression, depth + 1),
            LiteralExpressionSyntax literal => Literal(literal),
            CollectionExpressionSyntax collection => Reference(collection),
            PrefixUnaryExpressionSyntax unary => Unary(unary, depth),
            BinaryExpressionSyntax binary => Binary(binary, depth),
            ConditionalExpressionSyntax conditional => Conditional(conditional, depth),
            InvocationExpressionSyntax invocation => Call(invocation, depth),
            IdentifierNameSyntax name => Reject(name, DiagnosticCatalog.BareName, name.Identifier.ValueText),
            _ => NotAllowed(syntax),
        };
    }

    private (FormulaNode, FormulaType)? Literal(LiteralExpressionSyntax literal)
    {
        switch (literal.Kind())
        {
            case SyntaxKind.TrueLiteralExpression:
            case SyntaxKind.FalseLiteralExpression:
                return (new BooleanLiteral(literal.IsKind(SyntaxKind.TrueLiteralExpression), At(literal)), FormulaType.Boolean);
            case SyntaxKind.NumericLiteralExpression:
                var text = literal.Token.Text;
                var digits = text.TrimEnd('m', 'M').Replace("_", "", StringComparison.Ordinal);
                if (digits.Any(c => char.IsAsciiLetter(c) && c is not 'e' and not 'E'))
                {
                    return Reject(literal, DiagnosticCatalog.BadNumber, text, "write a plain decimal number such as 5, 0.05 or 1234.56 (no type suffixes, hex or binary)");
                }

                return decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                    ? (new NumberLiteral(value, At(literal)), FormulaType.Number)
                    : Reject(literal, DiagnosticCatalog.BadNumber, text, "it is out of the range of a decimal");
            case SyntaxKind.StringLiteralExpression:
            case SyntaxKind.Utf8StringLiteralExpression:
                return Reject(literal, DiagnosticCatalog.SyntaxNotAllowed, "a string literal", "formulas compute with numbers and line references only");
            default:
                return NotAllowed(literal);
        }
    }

    private (FormulaNode, FormulaType)? Reference(CollectionExpressionSyntax collection)
    {
        if (collection.Elements is [ExpressionElementSyntax { Expression: var inner }])
        {
            var keyText = inner switch
            {
                IdentifierNameSyntax name => name.Identifier.ValueText,
                LiteralExpressionSyntax number when number.IsKind(SyntaxKind.NumericLiteralExpression) => number.Token.Text,
                _ => null,
            };
            if (keyText is not null && LineKey.IsWellFormed(keyText))
            {
                var key = new LineKey(keyText);
                return (new LineReference(key, At(collection)), referenceType(key));
            }
        }

        return Reject(collection, DiagnosticCatalog.SyntaxNotAllowed, $"'{collection}'", "a line reference holds one code or id, e.g. [7010] or [swaps_funds_on_hand_cash]");
    }

    private (FormulaNode, FormulaType)? Unary(PrefixUnaryExpressionSyntax unary, int depth)
    {
        var op = unary.Kind() switch
        {
            SyntaxKind.UnaryMinusExpression => UnaryOperator.Negate,
            SyntaxKind.UnaryPlusExpression => UnaryOperator.Plus,
            SyntaxKind.LogicalNotExpression => UnaryOperator.Not,
            _ => (UnaryOperator?)null,
        };
        if (op is null)
        {
            return NotAllowed(unary);
        }

        var operand = Convert(unary.Operand, depth + 1);
        if (operand is null)
        {
            return null;
        }

        var wanted = op == UnaryOperator.Not ? FormulaType.Boolean : FormulaType.Number;
        return Expect(operand.Value, wanted, unary.Operand, $"'{unary.OperatorToken.Text}'")
            ? (new UnaryExpression(op.Value, operand.Value.Node, At(unary)), wanted)
            : null;
    }

    private (FormulaNode, FormulaType)? Binary(BinaryExpressionSyntax binary, int depth)
    {
        if (!OperatorTable.Binary.TryGetValue(binary.Kind(), out var op))
        {
            return NotAllowed(binary);
        }

        // A chain of operators (a long sum) is flat to the reader, so it does not count as nesting;
        // the formula's length bounds how long a chain can be.
        var left = Convert(binary.Left, depth);
        var right = Convert(binary.Right, depth);
        if (left is null || right is null)
        {
            return null;
        }

        var symbol = $"'{binary.OperatorToken.Text}'";
        var (operands, result) = OperatorTable.Types(op);
        if (operands is null)
        {
            if (left.Value.Type != right.Value.Type)
            {
                Report(binary, DiagnosticCatalog.TypeMismatch, $"{symbol} compares a {Name(left.Value.Type)} with a {Name(right.Value.Type)}");
                return null;
            }
        }
        else if (!Expect(left.Value, operands.Value, binary.Left, symbol) | !Expect(right.Value, operands.Value, binary.Right, symbol))
        {
            return null;
        }

        return (new BinaryExpression(op, left.Value.Node, right.Value.Node, At(binary)), result);
    }

    private (FormulaNode, FormulaType)? Conditional(ConditionalExpressionSyntax conditional, int depth)
    {
        var condition = Convert(conditional.Condition, depth + 1);
        var whenTrue = Convert(conditional.WhenTrue, depth + 1);
        var whenFalse = Convert(conditional.WhenFalse, depth + 1);
        if (condition is null || whenTrue is null || whenFalse is null
            || !Expect(condition.Value, FormulaType.Boolean, conditional.Condition, "the condition of '?:'"))
        {
            return null;
        }

        if (whenTrue.Value.Type != whenFalse.Value.Type)
        {
            Report(conditional, DiagnosticCatalog.TypeMismatch, "the two branches of '?:' must both be numbers or both be true/false");
            return null;
        }

        return (new ConditionalExpression(condition.Value.Node, whenTrue.Value.Node, whenFalse.Value.Node, At(conditional)), whenTrue.Value.Type);
    }

    private (FormulaNode, FormulaType)? Call(InvocationExpressionSyntax invocation, int depth)
    {
        if (invocation.Expression is not IdentifierNameSyntax name)
        {
            return NotAllowed(invocation.Expression);
        }

        if (!FormulaFunctionSignature.All.TryGetValue(name.Identifier.ValueText, out var signature))
        {
            return Reject(name, DiagnosticCatalog.UnknownFunction, name.Identifier.ValueText, string.Join(", ", FormulaFunctionSignature.All.Keys));
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (signature.Function == FormulaFunction.Filed)
        {
            return Filed(invocation, arguments);
        }

        if (arguments.Count < signature.MinArguments || arguments.Count > signature.MaxArguments)
        {
            var expected = signature.MaxArguments == int.MaxValue ? $"{signature.MinArguments} or more" : $"{signature.MinArguments}" + (signature.MinArguments == signature.MaxArguments ? "" : $" to {signature.MaxArguments}");
            return Reject(invocation, DiagnosticCatalog.BadArguments, $"{signature.Name} takes {expected} argument(s), not {arguments.Count}");
        }

        var converted = new List<FormulaNode>();
        var ok = true;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument.NameColon is not null || !argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                Report(argument, DiagnosticCatalog.SyntaxNotAllowed, "a named or ref argument", "pass plain values");
                ok = false;
                continue;
            }

            var value = Convert(argument.Expression, depth + 1);
            if (value is null)
            {
                ok = false;
            }
            else if (signature.HasDigitsArgument && i == arguments.Count - 1 && !IsDigits(value.Value.Node))
            {
                Report(argument, DiagnosticCatalog.BadArguments, $"the last argument of {signature.Name} is the number of decimal places: a whole number from 0 to {FormulaFunctionSignature.MaxDigits} written out");
                ok = false;
            }
            else if (Expect(value.Value, FormulaType.Number, argument.Expression, signature.Name))
            {
                converted.Add(value.Value.Node);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? (new FunctionCall(signature.Function, converted, At(invocation)), FormulaType.Number) : null;
    }

    private (FormulaNode, FormulaType)? Filed(InvocationExpressionSyntax invocation, SeparatedSyntaxList<ArgumentSyntax> arguments)
    {
        if (arguments is [{ NameColon: null, Expression: CollectionExpressionSyntax collection } argument] && argument.RefKindKeyword.IsKind(SyntaxKind.None)
            && Reference(collection) is ({ } reference, FormulaType.Number) && reference is LineReference line)
        {
            return (new FiledReference(line.Key, At(invocation)), FormulaType.Number);
        }

        return Reject(invocation, DiagnosticCatalog.BadArguments, "filed takes one line reference, e.g. filed([7190])");
    }

    private static bool IsDigits(FormulaNode node) =>
        node is NumberLiteral { Value: var digits } && digits == decimal.Truncate(digits) && digits is >= 0 and <= FormulaFunctionSignature.MaxDigits;

    private bool Expect((FormulaNode Node, FormulaType Type) operand, FormulaType wanted, SyntaxNode at, string context)
    {
        if (operand.Type == wanted)
        {
            return true;
        }

        Report(at, DiagnosticCatalog.TypeMismatch, $"{context} needs a {Name(wanted)} here, but this is a {Name(operand.Type)}");
        return false;
    }

    private static string Name(FormulaType type) => type == FormulaType.Number ? "number" : "true/false value";

    private (FormulaNode, FormulaType)? NotAllowed(SyntaxNode syntax)
    {
        var (what, why) = ForbiddenSyntax.Describe(syntax);
        return Reject(syntax, DiagnosticCatalog.SyntaxNotAllowed, what, why);
    }

    private (FormulaNode, FormulaType)? Reject(SyntaxNode syntax, DiagnosticDescriptor descriptor, params object?[] args)
    {
        Report(syntax, descriptor, args);
        return null;
    }

    private void Report(SyntaxNode syntax, DiagnosticDescriptor descriptor, params object?[] args) =>
        diagnostics.Report(source.PositionAt(syntax.SpanStart), descriptor, args);

    private SourcePosition At(SyntaxNode syntax) => source.PositionAt(syntax.SpanStart);
}
