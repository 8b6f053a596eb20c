using System.Reflection;
using SegRules.Engine.Diagnostics;
using SegRules.Tests.Support;

namespace SegRules.Tests.Diagnostics;

public sealed class DiagnosticCatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Catalog_AllDescriptors_HaveUniqueWellFormedIds()
    {
        Assert.All(Descriptors, d => Assert.Matches(@"^SR[1-7]\d{3}$", d.Id));
        Assert.Equal(Descriptors.Length, Descriptors.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void DiagnosticsDoc_ListsEveryDescriptor()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "diagnostics.md"));

        Assert.All(Descriptors, d => Assert.Contains($"| {d.Id} | {d.Title} |", doc));
    }

    [Fact]
    public void Catalog_AllDescriptors_SayWhatIsWrongAndWhatToDo()
    {
        // A bare "{0}" would leave the message to each caller; the help says what to do in general.
        var bare = Descriptors.Where(d => d.MessageFormat.Trim() == "{0}").Select(d => d.Id);
        var helpless = Descriptors.Where(d => d.Help.Length == 0).Select(d => d.Id);

        Assert.Empty(bare);
        Assert.Empty(helpless);
    }

    [Fact]
    public void Diagnostic_ToString_NamesItsSeverity()
    {
        var at = new SegRules.Engine.Model.SourcePosition("rules/x/page.yaml", 3, 5);

        Assert.Equal("rules/x/page.yaml(3,5): error SR2006: line [7010] has no label: add the form's wording for the line",
            Diagnostic.At(at, DiagnosticCatalog.MissingLabel, "[7010]").ToString());
        Assert.StartsWith("rules/x/page.yaml(3,5): warning SR7701: ", Diagnostic.At(at, DiagnosticCatalog.UnusedLine, "[x]").ToString());
    }
}
