using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Load;

public sealed class MappingReaderTests
{
    private static (MappingReader Reader, DiagnosticBag Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new MappingReader(YamlText.Mapping(text), "a line", RuleFileKeys.Line, diagnostics);
        return (reader, diagnostics);
    }

    [Theory]
    [InlineData("lable", "label")]
    [InlineData("kinds", "kind")]
    [InlineData("formla", "formula")]
    [InlineData("Code", "code")]
    [InlineData("defualt", "default")]
    public void Constructor_MisspelledKey_SuggestsNearestKnownKey(string typo, string meant)
    {
        // Act
        var (_, diagnostics) = Read($"code: 7010\n{typo}: x\n");

        // Assert
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.UnknownKey, diagnostic.Descriptor);
        Assert.Equal(new SourcePosition(YamlText.File, 2, 1), diagnostic.Position);
        Assert.Contains($"(did you mean '{meant}'?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnrelatedKey_SuggestsNothingButListsAllowedKeys()
    {
        // Act
        var (_, diagnostics) = Read("code: 7010\ncolour: red\n");

        // Assert
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.DoesNotContain("did you mean", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("allowed keys: code, id, line, label, kind", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RepeatedKey_ReportsSecondWithPositionOfFirstAndKeepsFirst()
    {
        // Act
        var (reader, diagnostics) = Read("label: One\nkind: input\nlabel: Two\n");

        // Assert
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.DuplicateKey, diagnostic.Descriptor);
        Assert.Equal(new SourcePosition(YamlText.File, 3, 1), diagnostic.Position);
        Assert.Contains("first at line 1, column 1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("One", reader.Text("label"));
    }

    [Fact]
    public void Scalar_ListGivenForText_ReportsWrongTypeAtValue()
    {
        // Arrange
        var (reader, diagnostics) = Read("label: [a, b]\n");

        // Act
        var label = reader.Scalar("label");

        // Assert
        Assert.Null(label);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.WrongType, diagnostic.Descriptor);
        Assert.Equal(new SourcePosition(YamlText.File, 1, 8), diagnostic.Position);
    }

    [Fact]
    public void Scalar_RequiredKeyAbsent_ReportsMissingKeyAtMappingStart()
    {
        // Arrange
        var (reader, diagnostics) = Read("code: 7010\nlabel: Cash\n");

        // Act
        var kind = reader.Scalar("kind", "input or formula");

        // Assert
        Assert.Null(kind);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.MissingKey, diagnostic.Descriptor);
        Assert.Equal(new SourcePosition(YamlText.File, 1, 1), diagnostic.Position);
    }
}
