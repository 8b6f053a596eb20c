using System.Globalization;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>
/// The lines of a version being validated. Lines are declared first (identity, label, kind, default)
/// so that formulas, parsed second, can check every reference against the whole rule set.
/// </summary>
internal sealed class LineTable(DiagnosticBag diagnostics)
{
    private readonly Dictionary<LineKey, LineDefinition> _lines = [];

    public bool TryGet(LineKey key, out LineDefinition line) => _lines.TryGetValue(key, out line!);

    public IEnumerable<LineKey> Keys => _lines.Keys;

    /// <summary>Checks a line's own fields; the line without its formula, or null when it has no usable key.</summary>
    public LineDefinition? Declare(LineSyntax syntax)
    {
        var key = Key(syntax);
        var label = syntax.Label?.Value.Trim() ?? "";
        var name = key?.AsReference ?? "at this position";
        if (label.Length == 0)
        {
            diagnostics.Report(syntax.Label?.Start ?? syntax.Start, DiagnosticCatalog.MissingLabel, name);
        }

        var kind = Kind(syntax);
        if (kind == LineKind.Input && syntax.Formula is not null)
        {
            diagnostics.Report(syntax.Formula.Start, DiagnosticCatalog.FormulaOnInput, name);
        }
        else if (kind == LineKind.Formula && syntax.Formula is null)
        {
            diagnostics.Report(syntax.Kind!.Start, DiagnosticCatalog.MissingFormula, name);
        }

        decimal? defaultValue = null;
        if (syntax.Default is { } given)
        {
            if (kind == LineKind.Formula)
            {
                diagnostics.Report(given.Start, DiagnosticCatalog.DefaultOnFormula, name);
            }
            else if (decimal.TryParse(given.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                defaultValue = value;
            }
            else
            {
                diagnostics.Report(given.Start, DiagnosticCatalog.InvalidValue, given.Value, "default", "write a number, e.g. 0");
            }
        }

        if (key is null || kind is null)
        {
            return null;
        }

        var line = new LineDefinition(key.Value, syntax.PrintedLine?.Value, label, kind.Value, null, defaultValue,
            syntax.Citation?.Value, syntax.Note?.Value, syntax.Section?.Value, syntax.Start);
        if (!_lines.TryAdd(line.Key, line))
        {
            diagnostics.Report((syntax.Code ?? syntax.Id)!.Start, DiagnosticCatalog.DuplicateLine, line.Key.AsReference, _lines[line.Key].Position);
            return null;
        }

        return line;
    }

    /// <summary>Parses the formula of a declared line and checks its references.</summary>
    public LineDefinition WithFormula(LineSyntax syntax, LineDefinition line)
    {
        if (line.Kind != LineKind.Formula || syntax.Formula is null)
        {
            return line;
        }

        var formula = FormulaParser.Parse(syntax.Formula, FormulaType.Number, diagnostics);
        if (formula is null)
        {
            return line;
        }

        foreach (var reference in formula.ReferenceNodes)
        {
            if (!_lines.ContainsKey(reference.Key))
            {
                var suggestion = Spelling.Nearest(reference.Key.Value, _lines.Keys.Select(k => k.Value));
                diagnostics.Report(reference.Position, DiagnosticCatalog.UnknownLine, $"the formula of {line.Key.AsReference}", reference.Key.AsReference,
                    suggestion is null ? "" : $" (did you mean [{suggestion}]?)");
            }
        }

        return line with { Formula = formula };
    }

    private LineKey? Key(LineSyntax syntax)
    {
        if (syntax.Code is null == (syntax.Id is null))
        {
            diagnostics.Report((syntax.Code ?? syntax.Id)?.Start ?? syntax.Start, DiagnosticCatalog.LineIdentity,
                syntax.Code is null ? "" : $"; this line has both code {syntax.Code.Value} and id {syntax.Id!.Value}");
            return null;
        }

        var given = (syntax.Code ?? syntax.Id)!;
        var isCode = syntax.Code is not null;
        var wellFormed = LineKey.IsWellFormed(given.Value) && new LineKey(given.Value).IsCode == isCode;
        if (!wellFormed)
        {
            diagnostics.Report(given.Start, DiagnosticCatalog.MalformedKey, given.Value, isCode ? "code" : "id");
            return null;
        }

        return new LineKey(given.Value);
    }

    private LineKind? Kind(LineSyntax syntax) => syntax.Kind?.Value switch
    {
        null => null,
        "input" => LineKind.Input,
        "formula" => LineKind.Formula,
        var other => Invalid(syntax.Kind, other),
    };

    private LineKind? Invalid(ScalarNode node, string value)
    {
        diagnostics.Report(node.Start, DiagnosticCatalog.InvalidValue, value, "line kind", "use input or formula");
        return null;
    }
}
