using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using Diagnostic = SegRules.Engine.Diagnostics.Diagnostic;

namespace SegRules.Engine.Validate;

/// <summary>
/// Turns formula text into a <see cref="Formula"/> tree, enforcing the allow-list. The text is parsed
/// as a C# expression by Roslyn's parser only (nothing is bound or compiled), then walked: every node
/// kind outside the allow-list is reported at its position, and only allowed nodes are copied into the
/// tree. Because later stages generate code from that tree and never from the text, a rejected
/// construct can never be compiled or run.
/// </summary>
public static class FormulaParser
{
    /// <summary>The longest formula accepted, in characters.</summary>
    public const int MaxLength = 4000;

    /// <summary>The deepest nesting of parentheses, brackets and operators accepted.</summary>
    public const int MaxDepth = 64;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    /// <summary>Parses <paramref name="source"/>; null (with every problem reported) when it is not an allowed formula.</summary>
    /// <param name="source">The formula scalar from the rule file.</param>
    /// <param name="expected">The type the formula must have (a line's formula is a number).</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static Formula? Parse(ScalarNode source, FormulaType expected, DiagnosticBag diagnostics) =>
        Parse(FormulaSource.Of(source), expected, diagnostics, _ => FormulaType.Number);

    /// <summary>Parses a formula whose references may have either type (checks are true/false).</summary>
    /// <param name="source">The formula text and where it sits.</param>
    /// <param name="expected">The type the formula must have.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="referenceType">The type of the value a reference reads.</param>
    public static Formula? Parse(FormulaSource source, FormulaType expected, DiagnosticBag diagnostics, Func<LineKey, FormulaType> referenceType)
    {
        var text = source.Text;
        if (text.Trim().Length == 0)
        {
            diagnostics.Report(source.PositionAt(0), DiagnosticCatalog.FormulaSyntax, "the formula is empty");
            return null;
        }

        if (!FormulaText.HasOnlyAllowedCharacters(source, diagnostics))
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            diagnostics.Report(source.PositionAt(0), DiagnosticCatalog.FormulaTooComplex, $"the formula is {text.Length} characters long; the limit is {MaxLength}: split it over intermediate lines");
            return null;
        }

        if (NestingDepth(text) > MaxDepth)
        {
            diagnostics.Report(source.PositionAt(0), DiagnosticCatalog.FormulaTooComplex, $"the formula nests deeper than {MaxDepth} levels: split it over intermediate lines");
            return null;
        }

        var expression = SyntaxFactory.ParseExpression(text, 0, ParseOptions, consumeFullText: true);
        var syntaxErrors = expression.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (syntaxErrors.Length > 0)
        {
            foreach (var error in syntaxErrors.DistinctBy(e => e.Location.SourceSpan.Start).Take(3))
            {
                diagnostics.Report(source.PositionAt(error.Location.SourceSpan.Start), DiagnosticCatalog.FormulaSyntax, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }

            return null;
        }

        if (!FormulaText.HasOnlyTokens(source, expression, diagnostics))
        {
            return null;
        }

        var before = diagnostics.Items.Count;
        var converter = new FormulaSyntaxConverter(source, diagnostics, referenceType);
        var root = converter.Convert(expression, 0);
        if (root is not null && diagnostics.Items.Count == before && root.Value.Type != expected)
        {
            diagnostics.Report(source.PositionAt(0), DiagnosticCatalog.TypeMismatch,
                expected == FormulaType.Number
                    ? "this formula must compute a number, but it is a comparison or logic (true/false)"
                    : "a condition must be true or false, but this formula computes a number: compare it, e.g. [7190] < 0");
        }

        return root is null || diagnostics.Items.Count != before ? null : new Formula(text, root.Value.Node, source.PositionAt(0));
    }

    private static int NestingDepth(string text)
    {
        int depth = 0, deepest = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
        }

        return deepest;
    }
}
