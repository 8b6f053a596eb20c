using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Authoring.Versions;

/// <summary>
/// What an analyst runs before committing a rule edit: every version in a rules folder is read,
/// validated and compiled, and every problem in every version is reported at once.
/// </summary>
public static class RuleSetCheck
{
    /// <summary>Checks every version under <paramref name="rulesDirectory"/>.</summary>
    /// <param name="rulesDirectory">A rules root, one form's folder, or one version's folder.</param>
    /// <param name="compiler">The compiler (its cache is reused for later evaluations).</param>
    public static RuleSetCheckReport Run(string rulesDirectory, FormCompiler compiler)
    {
        var repository = new RuleRepository(rulesDirectory);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(repository.ManifestProblems);
        var checkedVersions = new List<FormDefinition>();
        foreach (var version in repository.Versions)
        {
            var form = RuleRepository.Load(version, diagnostics);
            if (form is null)
            {
                continue;
            }

            try
            {
                compiler.Compile(form);
                checkedVersions.Add(form);
            }
            catch (DiagnosticsException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }

        if (repository.Versions.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.ReportFile(Engine.Load.SourceFiles.Display(rulesDirectory), DiagnosticCatalog.NoRules, rulesDirectory);
        }

        return new RuleSetCheckReport(checkedVersions, diagnostics.Sorted());
    }
}
