using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Tests.Support;

namespace SegRules.Tests.Load;

/// <summary>
/// The plain-layout reader against YamlDotNet: whatever it accepts must give the tree YamlDotNet's
/// events give, with no problem reported; everything else it must decline.
/// </summary>
public sealed class PlainYamlReaderTests
{
    private const string File = "test.yaml";

    public static TheoryData<string> RepositoryYamlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "samples", "rules", "tests" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, folder), "*.yaml", SearchOption.AllDirectories)
                         .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                  && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestPaths.RepoRoot, path));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryYamlFiles))]
    public void TryRead_RepositoryFile_AcceptedOnlyAsYamlDotNetReadsIt(string relativePath)
    {
        // Arrange
        var text = SourceFiles.ReadNormalized(Path.Combine(TestPaths.RepoRoot, relativePath));

        // Act & Assert
        AssertSameAsYamlDotNet(text);
    }

    [Fact]
    public void TryRead_SampleBalances_IsInThePlainLayout()
    {
        // Arrange
        var text = SourceFiles.ReadNormalized(TestPaths.SeedSample);

        // Act
        var plain = PlainYamlReader.TryRead(File, text);

        // Assert
        Assert.NotNull(plain);
        Assert.Equal(YamlTreeDump.Of(YamlTreeReader.ReadWithYamlDotNet(File, text, new DiagnosticBag())), YamlTreeDump.Of(plain));
    }

    [Theory]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("firm: Goldman Sachs & Co. LLC\nas_of: 2017-12-26\n")]
    [InlineData("firm: Wells Fargo Securities, LLC  # a comment\n")]
    [InlineData("firm: 'Credit Suisse # not a comment'\nform: \"daily-seg\"   # one\n")]
    [InlineData("targets:\n  segregation: { percent: 5 }\n  secured: {amount: 1000000, percent: 2.5}\n  swaps: { }\n")]
    [InlineData("values:\n    7010: -1.5\n    7020: +3\n\n    # note\n    7030: .5\n")]
    [InlineData("a: # the mapping follows\n  b: 1\nc: 2")]
    [InlineData("a:\n  b:\n    c:\n      d: x y z\n  e: f\n")]
    public void TryRead_PlainLayout_AcceptedAsYamlDotNetReadsIt(string text)
    {
        // Act
        var plain = PlainYamlReader.TryRead(File, text);

        // Assert
        Assert.NotNull(plain);
        AssertSameAsYamlDotNet(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: 1\r\nb: 2\n")]
    [InlineData("a: Zürich\n")]
    [InlineData("firm: Credit Suisse\n  Securities\n")]
    [InlineData("a:\nb: 1\n")]
    [InlineData("a: 'it''s'\n")]
    [InlineData("a: \"tab\\tbed\"\n")]
    [InlineData("a: 'open\n  close'\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: b#c\n")]
    [InlineData("a: 'b'#c\n")]
    [InlineData("a: - 1\n")]
    [InlineData("a: [1, 2]\n")]
    [InlineData("a: { b: 1, }\n")]
    [InlineData("a: { b: 1\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    [InlineData("  a: 1\n")]
    [InlineData("a : 1\n")]
    [InlineData("- a\n")]
    [InlineData("a: ~\n")]
    public void TryRead_OutsideThePlainLayout_Declined(string text)
    {
        // Act
        var plain = PlainYamlReader.TryRead(File, text);

        // Assert
        Assert.Null(plain);
    }

    [Fact]
    public void TryRead_NestedDeeperThanBalances_Declined()
    {
        // Arrange: YamlDotNet's reader keeps the depth limit and its diagnostic.
        var text = string.Concat(Enumerable.Range(0, 12).Select(depth => new string(' ', depth * 2) + $"k{depth}:\n")) + new string(' ', 24) + "leaf: 1\n";

        // Act
        var plain = PlainYamlReader.TryRead(File, text);

        // Assert
        Assert.Null(plain);
    }

    [Fact]
    public void TryRead_GeneratedDocuments_AcceptedOnlyAsYamlDotNetReadsThem()
    {
        // Arrange: plain documents, each with a few random edits from characters and pieces YAML treats specially.
        var random = new Random(20261202);
        var accepted = 0;
        var declined = 0;

        // Act & Assert
        for (var i = 0; i < 3000; i++)
        {
            var text = GeneratedYaml.Document(random);
            if (AssertSameAsYamlDotNet(text))
            {
                accepted++;
            }
            else
            {
                declined++;
            }
        }

        Assert.True(accepted > 300 && declined > 300, $"{accepted} accepted, {declined} declined: the generator should exercise both");
    }

    // True when the plain reader accepted text; then its tree must be YamlDotNet's, with nothing reported.
    private static bool AssertSameAsYamlDotNet(string text)
    {
        var plain = PlainYamlReader.TryRead(File, text);
        if (plain is null)
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        var expected = YamlTreeReader.ReadWithYamlDotNet(File, text, diagnostics);
        Assert.True(diagnostics.Items.Count == 0, $"YamlDotNet reported {string.Join("; ", diagnostics.Items)} for text the plain reader accepted:\n{text}");
        Assert.True(YamlTreeDump.Of(expected) == YamlTreeDump.Of(plain), $"The trees differ for:\n{text}\nYamlDotNet:\n{YamlTreeDump.Of(expected)}\nplain:\n{YamlTreeDump.Of(plain)}");
        return true;
    }
}
