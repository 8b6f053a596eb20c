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
}
