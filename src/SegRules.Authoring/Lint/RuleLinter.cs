using SegRules.Authoring.Quality;
using SegRules.Authoring.Versions;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;

namespace SegRules.Authoring.Lint;

/// <summary>
/// <c>segrules rules lint</c>: everything <see cref="RuleSetCheck"/> finds (errors), plus the warnings of
/// <see cref="FormLint"/> for every version that is valid, and the problems of its lineage and cases.
/// </summary>
public static class RuleLinter
{
    /// <summary>Lints every version of <paramref name="pipeline"/>'s rules folder.</summary>
    public static LintReport Run(EvaluationPipeline pipeline)
    {
        var check = RuleSetCheck.Run(pipeline);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(check.Diagnostics);
        var repository = pipeline.Rules;
        var linted = 0;
        foreach (var version in repository.Versions)
        {
            var form = Passed(check, version.Info);
            if (form is null)
            {
                continue;
            }

            var previousVersion = repository.Previous(version);
            var previous = previousVersion is null ? null : Passed(check, previousVersion.Info);
            var lineage = LineLineage.Read(version.Directory, diagnostics);
            CheckLineage(lineage, form, previous, diagnostics);
            var cases = CaseSet.Load(version, diagnostics);
            FormLint.Run(form, previous, lineage, cases, diagnostics);
            linted++;
        }

        return new LintReport(diagnostics.Sorted(), linted);
    }

    private static FormDefinition? Passed(RuleSetCheckReport check, FormVersionInfo info) =>
        check.Passed.FirstOrDefault(f => f.Info.Form == info.Form && f.Info.Version == info.Version);

    private static void CheckLineage(LineLineage lineage, FormDefinition form, FormDefinition? previous, DiagnosticBag diagnostics)
    {
        foreach (var change in lineage.Changes)
        {
            if (previous is null)
            {
                diagnostics.Report(change.Position, DiagnosticCatalog.BadLineage, $"version {form.Info.Version} has no previous version to map {change.Line.AsReference} to: remove lineage.yaml");
                return;
            }

            var side = change.Change == "retired" ? previous : form;
            if (!side.TryGetLine(change.Line, out _))
            {
                diagnostics.Report(change.Position, DiagnosticCatalog.BadLineage, $"{change.Line.AsReference} is not a line of version {side.Info.Version}: name a line it has");
            }

            foreach (var from in change.From.Where(f => !previous.TryGetLine(f, out _)))
            {
                diagnostics.Report(change.Position, DiagnosticCatalog.BadLineage, $"from {from.AsReference} is not a line of version {previous.Info.Version}: name a line it has");
            }
        }
    }
}
