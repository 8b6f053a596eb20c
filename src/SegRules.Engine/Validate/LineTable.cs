using System.Globalization;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>
/// The names of a version being validated: lines, supplemental figures and checks share one
/// namespace. Everything is declared first (identity, label, kind, default) so that formulas,
/// parsed second, can check every reference against the whole rule set.
/// </summary>
internal sealed class LineTable(DiagnosticBag diagnostics)
{
    private readonly Dictionary<LineKey, LineDefinition> _lines = [];
    private readonly Dictionary<LineKey, SourcePosition> _checks = [];

    public bool TryGet(LineKey key, out LineDefinition line) => _lines.TryGetValue(key, out line!);

    public IEnumerable<LineKey> Keys => _lines.Keys.Concat(_checks.Keys);

    /// <summary>What a reference to <paramref name="key"/> reads: a check's outcome, or a number.</summary>
    public FormulaType ReferenceType(LineKey key) => _checks.ContainsKey(key) ? FormulaType.Boolean : FormulaType.Number;

    /// <summary>True when <paramref name="key"/> names a check.</summary>
    public bool IsCheck(LineKey key) => _checks.ContainsKey(key);

    /// <summary>Registers a supplemental figure; null when its id is unusable or taken.</summary>
    public LineDefinition? Declare(SupplementalSyntax syntax)
    {
        if (syntax.Id is null || syntax.Label is null || Id(syntax.Id, "supplemental id") is not { } key)
        {
            return null;
        }

        var line = new LineDefinition(key, null, syntax.Label.Value.Trim(), LineKind.Supplemental, null, null,
            syntax.Citation?.Value, syntax.Note?.Value, null, syntax.Start) { Sources = syntax.Sources };
        return Claim(key, syntax.Id.Start, line) ? line : null;
    }

    /// <summary>Registers a check's id; null when it is unusable or taken.</summary>
    public LineKey? DeclareCheck(CheckSyntax syntax)
    {
        if (syntax.Id is null || Id(syntax.Id, "check id") is not { } key)
        {
            return null;
        }

        return Claim(key, syntax.Id.Start, null) ? key : null;
    }

    /// <summary>Registers the id of a check the validator makes from rule data; false when it is taken.</summary>
    public bool DeclareGenerated(LineKey key, SourcePosition at) => Claim(key, at, null);

    /// <summary>Reports every reference of <paramref name="formula"/> that names nothing or something <paramref name="owner"/> may not read.</summary>
    public void CheckReferences(Formula formula, string owner, bool checkMayRead)
    {
        foreach (var reference in formula.ReferenceNodes)
        {
            if (_checks.ContainsKey(reference.Key) && !checkMayRead)
            {
                diagnostics.Report(reference.Position, DiagnosticCatalog.ReferenceNotAllowed, owner, reference.Key.AsReference,
                    "it is a check, and checks are evaluated after every line");
            }
            else if (_lines.TryGetValue(reference.Key, out var line) && line.Kind == LineKind.Supplemental && !checkMayRead)
            {
                diagnostics.Report(reference.Position, DiagnosticCatalog.ReferenceNotAllowed, owner, reference.Key.AsReference,
                    "it is a supplemental figure, not on the form; only checks may read it");
            }
            else if (!_lines.ContainsKey(reference.Key) && !_checks.ContainsKey(reference.Key))
            {
                ReportUnknown(reference.Key, reference.Position, owner);
            }
        }

        foreach (var filed in formula.FiledNodes)
        {
            if (!checkMayRead)
            {
                diagnostics.Report(filed.Position, DiagnosticCatalog.ReferenceNotAllowed, owner, $"filed({filed.Key.AsReference})",
                    "filed figures are compared by checks; a line is computed from its inputs");
            }
            else if (!_lines.TryGetValue(filed.Key, out var line))
            {
                ReportUnknown(filed.Key, filed.Position, owner);
            }
            else if (line.Kind == LineKind.Supplemental)
            {
                diagnostics.Report(filed.Position, DiagnosticCatalog.ReferenceNotAllowed, owner, $"filed({filed.Key.AsReference})",
                    "a supplemental figure is not on the form, so it has no filed figure");
            }
        }
    }

    private void ReportUnknown(LineKey key, SourcePosition position, string owner)
    {
        var suggestion = Spelling.Nearest(key.Value, Keys.Select(k => k.Value));
        diagnostics.Report(position, DiagnosticCatalog.UnknownLine, owner, key.AsReference, suggestion is null ? "" : $" (did you mean [{suggestion}]?)");
    }

    private LineKey? Id(ScalarNode id, string what)
    {
        if (LineKey.IsWellFormed(id.Value) && !new LineKey(id.Value).IsCode)
        {
            return new LineKey(id.Value);
        }

        diagnostics.Report(id.Start, DiagnosticCatalog.MalformedKey, id.Value, what);
        return null;
    }

    private bool Claim(LineKey key, SourcePosition at, LineDefinition? line)
    {
        var first = _lines.TryGetValue(key, out var existing) ? existing.Position : _checks.TryGetValue(key, out var check) ? check : (SourcePosition?)null;
        if (first is { } taken)
        {
            diagnostics.Report(at, DiagnosticCatalog.DuplicateLine, key.AsReference, taken);
            return false;
        }

        if (line is null)
        {
            _checks.Add(key, at);
        }
        else
        {
            _lines.Add(key, line);
        }

        return true;
    }

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

        var sign = Sign(syntax, kind, name);
        if (key is null || kind is null)
        {
            return null;
        }

        var line = new LineDefinition(key, syntax.PrintedLine?.Value, label, kind.Value, null, defaultValue,
            syntax.Citation?.Value, syntax.Note?.Value, syntax.Section?.Value, syntax.Start) { Sources = syntax.Sources, Sign = sign };
        return Claim(line.Key, (syntax.Code ?? syntax.Id)!.Start, line) ? line : null;
    }

    /// <summary>Parses the formula of a declared line and checks its references.</summary>
    public LineDefinition WithFormula(LineSyntax syntax, LineDefinition line)
    {
        if (line.Kind != LineKind.Formula || syntax.Formula is null)
        {
            return line;
        }

        var formula = FormulaParser.Parse(FormulaSource.Of(syntax.Formula), FormulaType.Number, diagnostics, ReferenceType);
        if (formula is null)
        {
            return line;
        }

        CheckReferences(formula, $"the formula of {line.Key.AsReference}", checkMayRead: false);
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

    private LineSign Sign(LineSyntax syntax, LineKind? kind, string name)
    {
        switch (syntax.Sign?.Value)
        {
            case null or "any":
                return LineSign.Any;
            case "negative" when kind == LineKind.Formula:
                diagnostics.Report(syntax.Sign.Start, DiagnosticCatalog.InvalidValue, "negative", $"sign for {name}",
                    "a sign is declared on input lines, where a balances file gives the figure; remove it from this formula line");
                return LineSign.Any;
            case "negative":
                return LineSign.Negative;
            default:
                diagnostics.Report(syntax.Sign.Start, DiagnosticCatalog.InvalidValue, syntax.Sign.Value, $"sign for {name}",
                    "use negative (the form's deduct, granted (sold), short and less lines) or any");
                return LineSign.Any;
        }
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
