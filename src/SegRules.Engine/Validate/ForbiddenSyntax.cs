using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SegRules.Engine.Validate;

/// <summary>Names a rejected piece of syntax in words an analyst understands, with why formulas cannot use it.</summary>
internal static partial class ForbiddenSyntax
{
    private const string NoCode = "formulas may only combine line references, numbers and the formula functions";

    public static (string What, string Why) Describe(SyntaxNode syntax) => syntax switch
    {
        MemberAccessExpressionSyntax or MemberBindingExpressionSyntax or ConditionalAccessExpressionSyntax
            => ($"member access '{Short(syntax)}'", "formulas cannot reach objects, types or their members; " + NoCode),
        QualifiedNameSyntax or AliasQualifiedNameSyntax or PredefinedTypeSyntax or GenericNameSyntax or ArrayTypeSyntax or PointerTypeSyntax or NullableTypeSyntax
            => ($"the type name '{Short(syntax)}'", NoCode),
        TypeOfExpressionSyntax or SizeOfExpressionSyntax or DefaultExpressionSyntax
            => ($"'{syntax.GetFirstToken().Text}'", "formulas cannot inspect types; " + NoCode),
        LambdaExpressionSyntax or AnonymousMethodExpressionSyntax
            => ("a lambda or anonymous function", "formulas cannot define code; " + NoCode),
        BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
            or StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax
            => ("'new'", "formulas cannot create objects; " + NoCode),
        AssignmentExpressionSyntax => ("an assignment", "formulas compute a value and cannot change anything"),
        PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax => ($"the operator '{Short(syntax)}'", "use + - * / % ! and comparisons"),
        InterpolatedStringExpressionSyntax => ("an interpolated string", "strings are never code; " + NoCode),
        CastExpressionSyntax => ("a cast", "every value in a formula is already a decimal number"),
        ElementAccessExpressionSyntax or ElementBindingExpressionSyntax => ("indexing", "read a line as [7010]"),
        QueryExpressionSyntax => ("a query", NoCode),
        AwaitExpressionSyntax or ThrowExpressionSyntax or CheckedExpressionSyntax or RefExpressionSyntax or MakeRefExpressionSyntax
            or RefTypeExpressionSyntax or RefValueExpressionSyntax or SwitchExpressionSyntax or WithExpressionSyntax or IsPatternExpressionSyntax
            or ThisExpressionSyntax or BaseExpressionSyntax or TupleExpressionSyntax or RangeExpressionSyntax or DeclarationExpressionSyntax
            => ($"'{Short(syntax)}'", NoCode),
        BinaryExpressionSyntax binary => ($"the operator '{binary.OperatorToken.Text}'", "use + - * / % < <= > >= == != && ||"),
        LiteralExpressionSyntax => ($"the literal '{Short(syntax)}'", "use numbers, true or false"),
        _ => (Words(syntax.Kind().ToString()), NoCode),
    };

    private static string Short(SyntaxNode syntax)
    {
        var text = syntax.ToString();
        return text.Length <= 40 ? text : text[..37] + "...";
    }

    private static string Words(string kind) => "a " + CamelHumps().Replace(kind, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelHumps();
}
