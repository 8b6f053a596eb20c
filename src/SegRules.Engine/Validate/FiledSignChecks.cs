using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>
/// The checks a line's declared sign implies for a filing. A balances file a user writes is refused
/// when a figure has the wrong sign (<see cref="Balances.SignCheck"/>); a filing exists and is what it
/// is, so its printed figure is read as printed and this check reports it: for every input line the
/// form prints negative, <c>filed_sign_CODE</c> fires when the filing printed it above zero. The
/// checks are made from the rule data, so a version without <c>sign:</c> declarations has none.
/// </summary>
internal static class FiledSignChecks
{
    /// <summary>The id of the check made for <paramref name="line"/>.</summary>
    public static LineKey IdOf(LineKey line) => new($"filed_sign_{line.Value}");

    /// <summary>The checks for the negative input lines of <paramref name="page"/>, each id claimed in <paramref name="names"/>.</summary>
    public static IEnumerable<CheckDefinition> For(Page page, LineTable names) => page.Lines
        .Where(line => line is { Kind: LineKind.Input, Sign: LineSign.Negative })
        .Where(line => names.DeclareGenerated(IdOf(line.Key), line.Position))
        .Select(line => Check(line, page))
        .ToArray();

    private static CheckDefinition Check(LineDefinition line, Page page)
    {
        var at = line.Position;
        var name = line.PrintedLine is null ? line.Key.AsReference : $"line {line.PrintedLine} {line.Key.AsReference}";
        var filed = new FiledReference(line.Key, at);
        var when = new Formula($"filed({line.Key.AsReference}) > 0", new BinaryExpression(BinaryOperator.Greater, filed, new NumberLiteral(0, at), at), at);
        var opening = $"{Capitalized(name)} ({line.Label}) was filed as ";
        var message = new MessageTemplate(
            $"{Escaped(opening)}{{filed({line.Key.AsReference}):N0}}{Closing}",
            [
                new TemplateText(opening),
                new TemplatePlaceholder(new Formula($"filed({line.Key.AsReference})", filed, at), "N0"),
                new TemplateText(Closing),
            ]);
        return new CheckDefinition(IdOf(line.Key), $"Filed {name} is not above zero", when, Severity.Warning, message,
            page.Citation is null ? "sign convention of the form" : $"{page.Citation} (sign convention of the form)",
            "Check the filed figure; if its sign is wrong, correct the statement with the Commission and the DSRO.",
            null,
            "Made from the line's sign: negative. The filing is read as printed; this finding reports the figure.",
            at);
    }

    private const string Closing = "; the form prints it as a negative figure and adds it, so the filed totals count it with the wrong sign.";

    private static string Escaped(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
