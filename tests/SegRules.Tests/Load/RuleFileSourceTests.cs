using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Load;

/// <summary>A rule set loads the same from texts in memory (a stored snapshot) as from its folder, with positions naming the texts.</summary>
public sealed class RuleFileSourceTests
{
    [Fact]
    public void Load_InMemoryCopyOfCurrentVersion_SameHashAndLines()
    {
        // Arrange
        var source = RuleFileSource.InMemory("snapshot abc", RuleSets.Current.Files);

        // Act
        var diagnostics = new DiagnosticBag();
        var form = RuleRepository.Load(source, diagnostics);

        // Assert
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(form);
        Assert.Equal(RuleSets.Current.Hash, form.Hash);
        Assert.Equal(RuleSets.Current.Lines.Select(l => l.Key), form.Lines.Select(l => l.Key));
    }

    [Fact]
    public void Load_InMemoryFormulaError_PointsAtNamedText()
    {
        // Arrange
        var files = RuleSets.Current.Files
            .Select(f => f.Path == "segregation.yaml" ? f with { Text = f.Text.Replace("formula: \"[7180] - [7060]\"", "formula: \"[7180] - [7061]\"", StringComparison.Ordinal) } : f);

        // Act
        var diagnostics = new DiagnosticBag();
        var form = RuleRepository.Load(RuleFileSource.InMemory("snapshot abc", files), diagnostics);

        // Assert
        Assert.Null(form);
        var problem = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.UnknownLine, problem.Descriptor);
        Assert.Equal("snapshot abc/segregation.yaml", problem.Position?.File);
    }

    [Fact]
    public void Load_InMemoryWithoutListedPage_ReportsPageMissingAtManifest()
    {
        // Arrange
        var files = RuleSets.Current.Files.Where(f => f.Path != "swaps.yaml");

        // Act
        var diagnostics = new DiagnosticBag();
        var form = RuleRepository.Load(RuleFileSource.InMemory("snapshot abc", files), diagnostics);

        // Assert
        Assert.Null(form);
        var problem = Assert.Single(diagnostics.Items, d => d.Descriptor == DiagnosticCatalog.FileUnreadable);
        Assert.Equal("snapshot abc/manifest.yaml", problem.Position?.File);
        Assert.Contains("cannot read snapshot abc/swaps.yaml: the file does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOnce_SameVersionTwice_SameDefinition()
    {
        // Arrange
        var repository = new RuleRepository(TestPaths.BundledRules);
        var version = repository.Find("daily-seg", "2012-11-30", new DiagnosticBag())!;

        // Act
        var first = repository.LoadOnce(version, new DiagnosticBag());
        var second = repository.LoadOnce(version, new DiagnosticBag());

        // Assert
        Assert.NotNull(first);
        Assert.Same(first, second);
    }
}
