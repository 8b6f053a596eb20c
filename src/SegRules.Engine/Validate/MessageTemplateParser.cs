using System.Text;
using System.Text.RegularExpressions;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>
/// Parses a check's message template: literal text with <c>{formula}</c> or <c>{formula:FORMAT}</c>
/// placeholders (FORMAT is N0-N10, F0-F10 or C0-C2), <c>{{</c> and <c>}}</c> for literal braces.
/// Each placeholder is a number formula checked like any other.
/// </summary>
public static partial class MessageTemplateParser
{
    /// <summary>Parses <paramref name="message"/>; null with the problems reported when it is malformed.</summary>
    public static MessageTemplate? Parse(ScalarNode message, DiagnosticBag diagnostics, Func<LineKey, FormulaType> referenceType)
    {
        var text = message.Value;
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                diagnostics.Report(message.PositionAt(i), DiagnosticCatalog.BadTemplate, "a '}' without its '{': write }} for a literal brace");
                ok = false;
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                diagnostics.Report(message.PositionAt(i), DiagnosticCatalog.BadTemplate, "a '{' without its '}': close the placeholder, or write {{ for a literal brace");
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add(new TemplateText(literal.ToString()));
                literal.Clear();
            }

            var placeholder = Placeholder(message, i + 1, text[(i + 1)..close], diagnostics, referenceType);
            if (placeholder is null)
            {
                ok = false;
            }
            else
            {
                parts.Add(placeholder);
            }

            i = close;
        }

        if (literal.Length > 0)
        {
            parts.Add(new TemplateText(literal.ToString()));
        }

        return ok ? new MessageTemplate(text, parts) : null;
    }

    private static TemplatePlaceholder? Placeholder(ScalarNode message, int offset, string inner, DiagnosticBag diagnostics, Func<LineKey, FormulaType> referenceType)
    {
        if (inner.Trim().Length == 0)
        {
            diagnostics.Report(message.PositionAt(offset), DiagnosticCatalog.BadTemplate, "an empty placeholder: write a figure's formula inside the braces, e.g. {[7190]:N0}");
            return null;
        }

        // The format follows the last ':' when it looks like one; a ':' inside the formula belongs to '?:'.
        string? format = null;
        var colon = inner.LastIndexOf(':');
        if (colon >= 0 && FormatShape().IsMatch(inner[(colon + 1)..]))
        {
            format = inner[(colon + 1)..];
            inner = inner[..colon];
            if (!AllowedFormat().IsMatch(format))
            {
                diagnostics.Report(message.PositionAt(offset + colon + 1), DiagnosticCatalog.BadTemplate,
                    $"'{format}' is not a figure format: use N0-N10 (thousands separators), F0-F10 (plain) or C0-C2 (dollars)");
                return null;
            }
        }

        var formula = FormulaParser.Parse(new FormulaSource(message, offset, inner), FormulaType.Number, diagnostics, referenceType);
        return formula is null ? null : new TemplatePlaceholder(formula, format);
    }

    [GeneratedRegex(@"^[A-Za-z]\d*$")]
    private static partial Regex FormatShape();

    [GeneratedRegex(@"^([NF]([0-9]|10)|C[0-2])$")]
    private static partial Regex AllowedFormat();
}
