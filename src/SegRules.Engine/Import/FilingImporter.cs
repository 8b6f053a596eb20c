using System.Security.Cryptography;
using System.Text;
using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads the text of a Daily Seg - FOCUS II filing (as extracted from the PDF that NFA's WinJammer
/// produces) into balances. The form version in force on the filing's End Date says which codes
/// exist and which are inputs: the inputs go under <c>values</c>, and every coded figure, computed
/// lines too, under <c>filed</c>, so that evaluating the balances reconciles the filing. Every code
/// that cannot be placed and every figure that cannot be read is reported where it is in the text.
/// </summary>
public sealed class FilingImporter(RuleRepository rules)
{
    /// <summary>Reads the filing at <paramref name="path"/>; null with every problem reported when it cannot be used.</summary>
    /// <param name="path">The filing's text.</param>
    /// <param name="requestedVersion">A version id that overrides selection by the End Date.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public FilingImport? Import(string path, string? requestedVersion, DiagnosticBag diagnostics)
    {
        var display = SourceFiles.Display(path);
        var text = SourceFiles.TryRead(path, display, diagnostics, SourceFiles.ReadNormalized);
        if (text is null)
        {
            return null;
        }

        return Parse(display, text, requestedVersion, diagnostics);
    }

    /// <summary>Reads a filing from <paramref name="text"/>, naming <paramref name="display"/> in positions.</summary>
    public FilingImport? Parse(string display, string text, string? requestedVersion, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var filing = FilingText.Parse(display, text);
        var header = FilingHeader.Read(filing, diagnostics);
        var figures = FilingScanner.Scan(filing, diagnostics);
        if (figures.Count == 0)
        {
            diagnostics.ReportFile(display, DiagnosticCatalog.IncompleteFiling, "coded figures",
                "a filing prints each figure followed by its line code, e.g. 3,436,213,699 [7010]; is this the text of a filing?");
        }

        var formId = FormId(header, diagnostics);
        if (formId is null || header.AsOf is not { } asOf)
        {
            return null;
        }

        var version = rules.Select(formId, asOf, requestedVersion, diagnostics, header.EndDate!.Start);
        var form = version is null ? null : RuleRepository.Load(version, diagnostics);
        if (form is null)
        {
            return null;
        }

        var filed = Place(figures, form, asOf, diagnostics);
        var targets = CoverPageTargets.Read(filing, form, diagnostics);
        if (diagnostics.Items.Count != before)
        {
            return null;
        }

        var values = filed.Where(f => form[new LineKey(f.Key.Value)].Kind == LineKind.Input).ToArray();
        var start = new SourcePosition(display, 1, 1);
        var statements = StatementsFiled(filed, form, start);
        if (statements is not null)
        {
            // The cover page prints every pool's target; those of statements not filed are not evaluated.
            var ids = HeldStatements.StatementIds(form);
            targets = targets.Where(t => !ids.Contains(t.Pool.Value) || statements.Any(s => s.Value == t.Pool.Value)).ToList();
        }

        var balances = new BalancesFile(display, header.Firm!.Value, asOf, header.EndDate.Start, formId, values, start, targets, [], filed,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))))
        {
            Statements = statements,
        };
        return new FilingImport(balances, form, header);
    }

    /// <summary>
    /// The statements the filing prints figures of, when that is not all of them: a filing made on a
    /// U.S. bank holiday when foreign markets are open holds only the 30.7 and cleared swaps statements
    /// (NFA Notice I-12-36), and is evaluated as such. Null when it holds every statement, or none (then
    /// the missing figures are reported as for any balances).
    /// </summary>
    private static ScalarNode[]? StatementsFiled(IReadOnlyList<BalanceFigure> filed, FormDefinition form, SourcePosition at)
    {
        var ids = HeldStatements.StatementIds(form);
        var codes = filed.Select(f => new LineKey(f.Key.Value)).ToHashSet();
        var held = form.Pages.Where(p => ids.Contains(p.Id) && p.Lines.Any(l => codes.Contains(l.Key))).Select(p => p.Id).ToArray();
        return held.Length == 0 || held.Length == ids.Count ? null : held.Select(id => new ScalarNode(id, ScalarWriting.Plain, at)).ToArray();
    }

    /// <summary>The form the filing's <c>Form:</c> title names, by the titles of the rule sets; the default form when it names none.</summary>
    private string? FormId(FilingHeader header, DiagnosticBag diagnostics)
    {
        if (header.Form is not { } title)
        {
            return BalancesReader.DefaultForm;
        }

        var forms = rules.Versions.Where(v => string.Equals(v.Info.Title, title.Value, StringComparison.OrdinalIgnoreCase)).Select(v => v.Info.Form).Distinct().ToArray();
        if (forms.Length == 1)
        {
            return forms[0];
        }

        diagnostics.Report(title.Start, DiagnosticCatalog.UnknownForm, title.Value, SourceFiles.Display(rules.Root),
            string.Join(", ", rules.Versions.Select(v => $"{v.Info.Title} ({v.Info.Form})").Distinct()));
        return null;
    }

    /// <summary>One figure per code the version has, in text order; codes it lacks and codes filed twice with different figures are reported.</summary>
    private List<BalanceFigure> Place(IReadOnlyList<FilingFigure> figures, FormDefinition form, DateOnly asOf, DiagnosticBag diagnostics)
    {
        var placed = new List<BalanceFigure>();
        var first = new Dictionary<string, FilingFigure>(StringComparer.Ordinal);
        var otherVersions = new Lazy<(string Version, FormDefinition Form)[]>(() => OtherVersions(form));
        foreach (var figure in figures)
        {
            if (first.TryGetValue(figure.Code, out var earlier))
            {
                if (earlier.Value != figure.Value)
                {
                    diagnostics.Report(figure.FigureStart, DiagnosticCatalog.FilingContradiction, $"[{figure.Code}]", figure.Text,
                        earlier.Text, earlier.FigureStart.Line, earlier.FigureStart.Column);
                }

                continue;
            }

            first.Add(figure.Code, figure);
            var key = new LineKey(figure.Code);
            if (form.TryGetLine(key, out var line) && line.Kind != LineKind.Supplemental)
            {
                placed.Add(new BalanceFigure(new ScalarNode(figure.Code, ScalarWriting.Plain, figure.CodeStart), figure.Value));
            }
            else
            {
                ReportUnknown(figure, form, otherVersions.Value, asOf, diagnostics);
            }
        }

        return placed;
    }

    /// <summary>The other versions of the form that load cleanly, to tell a code of another version from one no version has.</summary>
    private (string Version, FormDefinition Form)[] OtherVersions(FormDefinition form) => rules.Versions
        .Where(v => v.Info.Form == form.Info.Form && v.Info.Version != form.Info.Version)
        .Select(v => (v.Info.Version, Form: RuleRepository.Load(v, new DiagnosticBag())))
        .Where(v => v.Form is not null)
        .Select(v => (v.Version, v.Form!))
        .ToArray();

    private static void ReportUnknown(FilingFigure figure, FormDefinition form, (string Version, FormDefinition Form)[] otherVersions, DateOnly asOf, DiagnosticBag diagnostics)
    {
        var key = new LineKey(figure.Code);
        var others = otherVersions
            .Where(v => v.Form.TryGetLine(key, out var line) && line.Kind != LineKind.Supplemental)
            .Select(v => v.Version)
            .ToArray();
        if (others.Length > 0)
        {
            diagnostics.Report(figure.CodeStart, DiagnosticCatalog.CodeNotInVersion, figure.Code, form.Info.Form, form.Info.Version,
                $"{asOf:yyyy-MM-dd}", string.Join(", ", others));
            return;
        }

        var suggestion = Spelling.Nearest(figure.Code, form.Lines.Where(l => l.Key.IsCode).Select(l => l.Key.Value));
        diagnostics.Report(figure.CodeStart, DiagnosticCatalog.UnknownCode, $"[{figure.Code}]", $"{form.Info.Form} version {form.Info.Version} nor of any other version",
            suggestion is null ? "" : $" (did you mean {suggestion}?)");
    }
}
