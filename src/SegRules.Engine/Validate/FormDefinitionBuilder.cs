using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>
/// Validates a version read from disk and builds its <see cref="FormDefinition"/>. Every problem is
/// reported (all at once, with positions); a definition is returned only when there are none, so an
/// invalid form definition never exists in memory.
/// </summary>
public static class FormDefinitionBuilder
{
    /// <summary>Validates <paramref name="syntax"/>; the definition, or null with the problems in <paramref name="diagnostics"/>.</summary>
    public static FormDefinition? Build(RuleSetSyntax syntax, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var info = ManifestValidator.Validate(syntax.Manifest, diagnostics);
        var names = new LineTable(diagnostics);
        ReportDuplicatePages(syntax.Pages, diagnostics);

        // First every name (lines, supplemental figures, checks), so formulas can refer to any of them.
        var declared = syntax.Pages.Select(page => (
            Page: page,
            Lines: page.Lines.Select(l => (Syntax: l, Line: names.Declare(l))).Where(x => x.Line is not null).ToList(),
            Supplementals: page.Supplementals.Select(names.Declare).OfType<LineDefinition>().ToArray(),
            Checks: page.Checks.Select(c => (Syntax: c, Id: names.DeclareCheck(c))).Where(x => x.Id is not null).ToList())).ToList();

        // Then formulas, conditions and messages.
        var pages = declared.Select(d => new Page(
            d.Page.Id?.Value ?? "",
            d.Page.Title?.Value ?? "",
            d.Page.Citation?.Value,
            d.Lines.Select(l => names.WithFormula(l.Syntax, l.Line!)).ToArray(),
            d.Page.RelativePath)
        {
            Supplementals = d.Supplementals,
            Checks = d.Checks.Select(c => CheckValidator.Build(c.Syntax, c.Id!, names, diagnostics)).OfType<CheckDefinition>().ToArray(),
        }).ToArray();
        pages = pages.Select(p => p with { Checks = [.. p.Checks, .. FiledSignChecks.For(p, names)] }).ToArray();
        var targets = TargetValidator.Validate(syntax.Pages.SelectMany(p => p.Targets), names, diagnostics);

        var lineGraph = new DependencyGraph(pages.SelectMany(p => p.Lines).ToArray());
        var checkGraph = new DependencyGraph<CheckDefinition>(pages.SelectMany(p => p.Checks).ToArray(), c => c.Id, c => c.When.References, _ => true);
        foreach (var cycle in lineGraph.Cycles())
        {
            ReportCycle(cycle[0].Formula?.Position ?? cycle[0].Position, cycle.Select(l => l.Key), diagnostics);
        }

        foreach (var cycle in checkGraph.Cycles())
        {
            ReportCycle(cycle[0].When.Position, cycle.Select(c => c.Id), diagnostics);
        }

        if (diagnostics.Items.Count != before || info is null)
        {
            return null;
        }

        return new FormDefinition(info, pages, targets, lineGraph.EvaluationOrder(), checkGraph.EvaluationOrder(), RuleSetHash.Of(syntax.Files), syntax.Files);
    }

    private static void ReportDuplicatePages(IEnumerable<PageSyntax> pages, DiagnosticBag diagnostics)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in pages.Select(p => p.Id).OfType<ScalarNode>().Where(id => !ids.Add(id.Value)))
        {
            diagnostics.Report(id.Start, DiagnosticCatalog.DuplicatePage, id.Value);
        }
    }

    private static void ReportCycle(SourcePosition at, IEnumerable<LineKey> loop, DiagnosticBag diagnostics) =>
        diagnostics.Report(at, DiagnosticCatalog.Cycle, string.Join(" -> ", loop.Select(k => k.AsReference)));
}
