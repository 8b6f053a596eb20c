using System.Globalization;
using SegRules.Authoring.Quality;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Authoring.Lint;

/// <summary>
/// The warnings lint adds for one valid version: unused lines, missing citations, unnamed constants,
/// labels changed since the previous version without a lineage entry, and checks its cases never see
/// fire or always see fire.
/// </summary>
public static class FormLint
{
    /// <summary>Reports the warnings for <paramref name="form"/> into <paramref name="diagnostics"/>.</summary>
    /// <param name="form">The version.</param>
    /// <param name="previous">The version before it, if any, for label changes.</param>
    /// <param name="lineage">What this version declares about its lines' lineage.</param>
    /// <param name="cases">Its regression cases, evaluated; null when it has none that load.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static void Run(FormDefinition form, FormDefinition? previous, LineLineage lineage, CaseSet? cases, DiagnosticBag diagnostics)
    {
        UnusedLines(form, diagnostics);
        MissingCitations(form, diagnostics);
        UnnamedConstants(form, diagnostics);
        CitationsInForce(form, diagnostics);
        if (previous is not null)
        {
            ChangedLabels(form, previous, lineage, diagnostics);
        }

        if (cases is { Cases.Count: > 0 })
        {
            foreach (var exercise in CoverageReport.Measure(cases).Checks)
            {
                if (exercise.Fired == 0)
                {
                    diagnostics.Report(exercise.Check.Position, DiagnosticCatalog.CheckNeverFires, exercise.Check.Id, cases.Cases.Count);
                }
                else if (exercise.Held == 0)
                {
                    diagnostics.Report(exercise.Check.Position, DiagnosticCatalog.CheckAlwaysFires, exercise.Check.Id, exercise.Fired);
                }
            }
        }
    }

    private static void UnusedLines(FormDefinition form, DiagnosticBag diagnostics)
    {
        var read = form.Lines.Where(l => l.Formula is not null).SelectMany(l => l.Formula!.References)
            .Concat(form.Checks.SelectMany(c => c.Reads.Concat(c.FiledReads)))
            .ToHashSet();
        foreach (var line in form.Lines.Concat(form.Supplementals))
        {
            var printed = form.Lines.Contains(line) && (line.PrintedLine is not null || line.Key.IsCode);
            if (!printed && !read.Contains(line.Key))
            {
                diagnostics.Report(line.Position, DiagnosticCatalog.UnusedLine, line.Key.AsReference);
            }
        }
    }

    private static void MissingCitations(FormDefinition form, DiagnosticBag diagnostics)
    {
        foreach (var page in form.Pages.Where(p => string.IsNullOrWhiteSpace(p.Citation)))
        {
            foreach (var line in page.Lines.Concat(page.Supplementals).Where(l => string.IsNullOrWhiteSpace(l.Citation)))
            {
                diagnostics.Report(line.Position, DiagnosticCatalog.MissingCitation, $"line {line.Key.AsReference}");
            }

            foreach (var check in page.Checks.Where(c => string.IsNullOrWhiteSpace(c.Citation)))
            {
                diagnostics.Report(check.Position, DiagnosticCatalog.MissingCitation, $"check {check.Id}");
            }
        }
    }

    private static void CitationsInForce(FormDefinition form, DiagnosticBag diagnostics)
    {
        var cited = form.Lines.Concat(form.Supplementals).Select(l => (What: $"line {l.Key.AsReference}", l.Sources))
            .Concat(form.Checks.Select(c => (What: $"check {c.Id}", c.Sources)));
        foreach (var (what, sources) in cited)
        {
            foreach (var source in sources.Where(s => s.Effective > form.Info.EffectiveFrom))
            {
                diagnostics.Report(source.Position, DiagnosticCatalog.CitationNotYetEffective, what, source.Name,
                    source.Effective!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.Info.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }

    private static void UnnamedConstants(FormDefinition form, DiagnosticBag diagnostics)
    {
        var formulas = form.Lines.Where(l => l.Formula is not null)
            .Select(l => (What: $"line {l.Key.AsReference}", l.Formula!, Words: string.Join(" ", l.Label, l.Note, l.Citation)))
            .Concat(form.Checks.Select(c => (What: $"check {c.Id}", c.When, Words: string.Join(" ", c.Title, c.Message.Text, c.Note, c.Citation))));
        foreach (var (what, formula, words) in formulas)
        {
            foreach (var constant in ConstantFinder.Of(formula.Root).Where(c => !Named(c.Value, words)))
            {
                diagnostics.Report(constant.Position, DiagnosticCatalog.UnnamedConstant, constant.Value.ToString(CultureInfo.InvariantCulture), what);
            }
        }
    }

    /// <summary>True when <paramref name="words"/> write <paramref name="value"/> out, as itself or as a percentage (0.25 as 25%).</summary>
    private static bool Named(decimal value, string words)
    {
        var plain = value.ToString("G29", CultureInfo.InvariantCulture);
        var percent = (value * 100).ToString("G29", CultureInfo.InvariantCulture);
        return words.Contains(plain, StringComparison.Ordinal)
            || words.Contains(percent + "%", StringComparison.Ordinal)
            || words.Contains(percent + " %", StringComparison.Ordinal)
            || words.Contains(percent + " percent", StringComparison.OrdinalIgnoreCase);
    }

    private static void ChangedLabels(FormDefinition form, FormDefinition previous, LineLineage lineage, DiagnosticBag diagnostics)
    {
        foreach (var line in form.Lines)
        {
            if (previous.TryGetLine(line.Key, out var before) && before.Label != line.Label && !lineage.Declares(line.Key))
            {
                diagnostics.Report(line.Position, DiagnosticCatalog.LabelChanged, line.Key.AsReference, before.Label, previous.Info.Version);
            }
        }
    }
}
