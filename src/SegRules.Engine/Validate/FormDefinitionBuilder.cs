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
        var pageIds = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var lines = new LineTable(diagnostics);
        var pageDrafts = new List<(PageSyntax Syntax, List<(LineSyntax Syntax, LineDefinition Line)> Lines)>();
        foreach (var page in syntax.Pages)
        {
            if (page.Id is { } id && !pageIds.TryAdd(id.Value, id.Start))
            {
                diagnostics.Report(id.Start, DiagnosticCatalog.DuplicatePage, id.Value);
            }

            pageDrafts.Add((page, page.Lines.Select(l => (l, lines.Declare(l))).Where(x => x.Item2 is not null).Select(x => (x.l, x.Item2!)).ToList()));
        }

        var pages = pageDrafts.Select(p => new Page(
            p.Syntax.Id?.Value ?? "",
            p.Syntax.Title?.Value ?? "",
            p.Syntax.Citation?.Value,
            p.Lines.Select(l => lines.WithFormula(l.Syntax, l.Line)).ToArray(),
            p.Syntax.RelativePath)).ToArray();
        var targets = TargetValidator.Validate(syntax.Pages.SelectMany(p => p.Targets), lines, diagnostics);

        var allLines = pages.SelectMany(p => p.Lines).ToArray();
        var graph = new DependencyGraph(allLines);
        foreach (var cycle in graph.Cycles())
        {
            var first = cycle[0];
            diagnostics.Report(first.Formula?.Position ?? first.Position, DiagnosticCatalog.Cycle,
                string.Join(" -> ", cycle.Select(l => l.Key.AsReference)));
        }

        if (diagnostics.Items.Count != before || info is null)
        {
            return null;
        }

        return new FormDefinition(info, pages, targets, graph.EvaluationOrder(), RuleSetHash.Of(syntax.Files), syntax.Files);
    }
}
