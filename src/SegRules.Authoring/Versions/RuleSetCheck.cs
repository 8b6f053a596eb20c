using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;

namespace SegRules.Authoring.Versions;

/// <summary>
/// What an analyst runs before committing a rule edit: every version in a rules folder is read,
/// validated and compiled, and every problem in every version is reported at once.
/// </summary>
public static class RuleSetCheck
{
    /// <summary>Checks every version of <paramref name="pipeline"/>'s rules folder.</summary>
    /// <param name="pipeline">The pipeline over the rules folder (a rule set found compiled in its cache validated and compiled before).</param>
    public static RuleSetCheckReport Run(EvaluationPipeline pipeline)
    {
        var repository = pipeline.Rules;
        var rulesDirectory = repository.Root;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(repository.ManifestProblems);
        var checkedVersions = new List<FormDefinition>();
        foreach (var version in repository.Versions)
        {
            if (pipeline.RuleSets.For(version, diagnostics) is { } compiled)
            {
                checkedVersions.Add(compiled.Definition);
            }
        }

        if (repository.Versions.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.ReportFile(Engine.Load.SourceFiles.Display(rulesDirectory), DiagnosticCatalog.NoRules, rulesDirectory);
        }

        return new RuleSetCheckReport(checkedVersions, diagnostics.Sorted());
    }
}
