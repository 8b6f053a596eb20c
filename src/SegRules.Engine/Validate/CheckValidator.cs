using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>Checks a check's fields, parses its condition and message, and builds its definition.</summary>
internal static class CheckValidator
{
    private static readonly IReadOnlyDictionary<string, Severity> Severities = Enum.GetValues<Severity>()
        .ToDictionary(s => s.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    public static CheckDefinition? Build(CheckSyntax syntax, LineKey id, LineTable names, DiagnosticBag diagnostics)
    {
        var severity = Severity(syntax.Severity, diagnostics);
        var when = syntax.When is null ? null : FormulaParser.Parse(FormulaSource.Of(syntax.When), FormulaType.Boolean, diagnostics, names.ReferenceType);
        var message = syntax.Message is null ? null : MessageTemplateParser.Parse(syntax.Message, diagnostics, names.ReferenceType);
        if (when is not null)
        {
            names.CheckReferences(when, $"the condition of check {id}", checkMayRead: true);
        }

        foreach (var placeholder in message?.Placeholders ?? [])
        {
            names.CheckReferences(placeholder.Expression, $"the message of check {id}", checkMayRead: true);
        }

        return when is null || message is null || severity is null || syntax.Title is null
            ? null
            : new CheckDefinition(id, syntax.Title.Value, when, severity.Value, message, syntax.Citation?.Value,
                syntax.Action?.Value, syntax.Deadline?.Value, syntax.Note?.Value, syntax.Start) { Sources = syntax.Sources };
    }

    private static Severity? Severity(ScalarNode? node, DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        if (Severities.TryGetValue(node.Value, out var severity))
        {
            return severity;
        }

        diagnostics.Report(node.Start, DiagnosticCatalog.InvalidValue, node.Value, "severity", "use info, warning, breach or critical");
        return null;
    }
}
