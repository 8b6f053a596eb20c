using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SegRules.Engine.Diagnostics;

namespace SegRules.Engine.Validate;

/// <summary>
/// Makes the text of a formula exactly what runs. The allow-list walks syntax nodes, and Roslyn keeps
/// everything else as trivia beside them: comments, preprocessor directives and the text they disable
/// (<c>#if false</c> ... <c>#endif</c>), invisible characters. A formula may hold only its tokens,
/// spaces, tabs and line breaks, written in printable ASCII, so what <c>explain</c> shows cannot
/// differ from the tree that is evaluated.
/// </summary>
internal static class FormulaText
{
    /// <summary>True when every character of the formula is printable ASCII, a space, a tab or a line break; else reports the first other one.</summary>
    public static bool HasOnlyAllowedCharacters(FormulaSource source, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < source.Text.Length; i++)
        {
            var c = source.Text[i];
            if (c is (>= ' ' and <= '~') or '\t' or '\n')
            {
                continue;
            }

            var rune = Rune.TryGetRuneAt(source.Text, i, out var r) ? r : new Rune(0xFFFD);
            diagnostics.Report(source.PositionAt(i), DiagnosticCatalog.CharacterNotAllowed, Describe(rune));
            return false;
        }

        return true;
    }

    /// <summary>True when the parsed formula holds nothing but tokens, spaces and line breaks, and names written plainly; else reports each other piece.</summary>
    public static bool HasOnlyTokens(FormulaSource source, ExpressionSyntax expression, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var trivia in expression.DescendantTrivia(descendIntoTrivia: false))
        {
            if (trivia.IsKind(SyntaxKind.WhitespaceTrivia) || trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                continue;
            }

            diagnostics.Report(source.PositionAt(trivia.SpanStart), DiagnosticCatalog.HiddenFormulaText, Describe(trivia),
                "the allow-list sees only the formula's tokens; delete it");
            ok = false;
        }

        foreach (var token in expression.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Text != t.ValueText))
        {
            diagnostics.Report(source.PositionAt(token.SpanStart), DiagnosticCatalog.HiddenFormulaText, $"the name '{token.Text}'",
                $"write it plainly as {token.ValueText}, without '@' or escapes");
            ok = false;
        }

        return ok;
    }

    private static string Describe(SyntaxTrivia trivia) => trivia.Kind() switch
    {
        SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia => "a comment",
        SyntaxKind.DisabledTextTrivia => "text disabled by a preprocessor directive",
        SyntaxKind.SkippedTokensTrivia => "text the parser skipped",
        _ when trivia.IsDirective => $"the preprocessor directive '{trivia.ToString().Split(' ', '\t', '\n')[0]}'",
        _ => "text other than the formula's tokens",
    };

    private static string Describe(Rune rune)
    {
        var code = $"U+{rune.Value:X4}";
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Format => $"the invisible format character {code} (a bidirectional control or zero-width character)",
            UnicodeCategory.Control => $"the control character {code}",
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => $"the unusual space or line separator {code}",
            UnicodeCategory.Surrogate => $"the unpaired surrogate {code}",
            _ => $"the character '{rune}' ({code})",
        };
    }
}
