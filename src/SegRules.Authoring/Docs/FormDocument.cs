using SegRules.Authoring.Diff;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Docs;

/// <summary>
/// A version of a form as a readable document: its dates and sources, each page with its lines (line
/// number, caption, code, formula in captions, citation), supplemental figures and checks (condition in
/// words, severity, action, deadline, citation), what changed from the previous version, and the
/// dependency graph. The same content goes to Markdown and HTML through <see cref="IDocumentWriter"/>.
/// </summary>
public static class FormDocument
{
    /// <summary>The file name of the graph written beside the documents of <paramref name="form"/>.</summary>
    public static string GraphFile(FormDefinition form) => form.Info.Version + ".svg";

    /// <summary>Writes the document of <paramref name="form"/> to <paramref name="document"/>.</summary>
    /// <param name="document">Markdown or HTML.</param>
    /// <param name="form">The version.</param>
    /// <param name="previous">The version before it, for what changed; null for the first.</param>
    public static string Write(IDocumentWriter document, FormDefinition form, FormDefinition? previous)
    {
        var info = form.Info;
        document.Heading(1, $"{info.Title} ({info.Form}), version {info.Version}");
        document.Paragraph($"In force {info.EffectivePeriod}. Rule set {form.Hash[..12]}. Generated from rules/{info.Form}/{info.Version}/ by segrules rules docs; do not edit by hand.");
        document.Heading(2, "Sources");
        document.List(info.Citations);
        if (info.Assumptions.Count > 0)
        {
            document.Heading(2, "Assumptions");
            document.List(info.Assumptions);
        }

        Changes(document, form, previous);
        document.Heading(2, "Which lines feed which");
        document.Image(GraphFile(form), $"Dependency graph of the formula lines of {info.Form} {info.Version}");
        foreach (var page in form.Pages)
        {
            Page(document, form, page);
        }

        return document.Finish();
    }

    private static void Changes(IDocumentWriter document, FormDefinition form, FormDefinition? previous)
    {
        document.Heading(2, previous is null ? "Changes" : $"Changes from version {previous.Info.Version}");
        if (previous is null)
        {
            document.Paragraph("The first version of the form in these rules.");
            return;
        }

        var changes = RuleSetDiff.Compare(previous, form);
        if (changes.Count == 0)
        {
            document.Paragraph("None: the same pages, lines and checks.");
            return;
        }

        document.Table(["what", "key", "change", "before", "after"],
            changes.Select(c => (IReadOnlyList<string>)[c.Area, c.Key, c.Change, c.Old ?? "", c.New ?? ""]));
    }

    private static void Page(IDocumentWriter document, FormDefinition form, Page page)
    {
        document.Heading(2, page.Title);
        if (page.Citation is not null)
        {
            document.Paragraph("Rests on " + page.Citation + ".");
        }

        document.Table(["line", "caption", "code", "how", "citation"], page.Lines.Select(l => (IReadOnlyList<string>)
        [
            l.PrintedLine ?? "",
            l.Label,
            l.Key.Value,
            l.Formula is { } formula ? "= " + FormulaWords.Caption(form, formula) : l.Default is { } d ? $"input (default {d})" : "input",
            l.Citation ?? "",
        ]));
        if (page.Supplementals.Count > 0)
        {
            document.Heading(3, "Figures beside the statement (supplemental)");
            document.Table(["id", "what", "citation"], page.Supplementals.Select(s => (IReadOnlyList<string>)[s.Key.Value, s.Label, s.Citation ?? ""]));
        }

        if (page.Checks.Count > 0)
        {
            Checks(document, form, page);
        }

        var linked = page.Lines.Concat(page.Supplementals).SelectMany(l => l.Sources).Concat(page.Checks.SelectMany(c => c.Sources))
            .Where(s => s.Link is not null).Select(s => (s.ShortForm, s.Link!)).Distinct().ToArray();
        if (linked.Length > 0)
        {
            document.Heading(3, "Sources cited on this page");
            document.Links(linked);
        }
    }

    private static void Checks(IDocumentWriter document, FormDefinition form, Page page)
    {
        document.Heading(3, "Checks");
        document.Table(["check", "fires when", "severity", "action", "deadline", "citation"], page.Checks.Select(c => (IReadOnlyList<string>)
        [
            $"{c.Title} ({c.Id})",
            FormulaWords.Sentence(form, c.When),
            c.Severity.ToString().ToLowerInvariant(),
            c.Action ?? "",
            c.Deadline ?? "",
            c.Citation ?? "",
        ]));
    }
}
