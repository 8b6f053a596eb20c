using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Tests.Support;

/// <summary>Loads rule sets for tests, failing the test with every diagnostic when one does not load.</summary>
public static class RuleSets
{
    public static FormDefinition Current { get; } = Load(TestPaths.CurrentVersion);

    public static FormDefinition Load(string versionDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var form = RuleRepository.Load(versionDirectory, diagnostics);
        Assert.True(form is not null, "rule set did not load:\n" + string.Join("\n", diagnostics.Items));
        return form!;
    }

    /// <summary>Loads a rule set made of <paramref name="pages"/> (file name, YAML) and a manifest listing them.</summary>
    public static FormDefinition FromPages(params (string Name, string Text)[] pages)
    {
        using var temp = new TempDirectory();
        return Load(RuleFolder.Write(temp.Path, pages));
    }

    /// <summary>Loads a rule set whose only page file is <paramref name="page"/>.</summary>
    public static FormDefinition FromPage(string page) => FromPages(("page.yaml", page));

    public static IReadOnlyList<Diagnostic> Problems(string versionDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var form = RuleRepository.Load(versionDirectory, diagnostics);
        Assert.True(form is null == diagnostics.HasErrors, "a definition must exist exactly when there are no diagnostics");
        return diagnostics.Sorted();
    }
}
