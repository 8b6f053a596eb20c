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

    public static IReadOnlyList<Diagnostic> Problems(string versionDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var form = RuleRepository.Load(versionDirectory, diagnostics);
        Assert.True(form is null == diagnostics.HasErrors, "a definition must exist exactly when there are no diagnostics");
        return diagnostics.Sorted();
    }
}
