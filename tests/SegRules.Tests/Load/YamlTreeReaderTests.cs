using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Load;

public sealed class YamlTreeReaderTests
{
    [Fact]
    public void Read_Mapping_PositionsAreOneBased()
    {
        // Arrange
        const string text = "first: 1\nsecond:\n  - item\n";

        // Act
        var mapping = YamlText.Mapping(text);

        // Assert
        Assert.Equal(new SourcePosition(YamlText.File, 1, 1), mapping.Start);
        Assert.Equal(new SourcePosition(YamlText.File, 1, 1), mapping.Entries[0].Key.Start);
        Assert.Equal(new SourcePosition(YamlText.File, 1, 8), mapping.Entries[0].Value.Start);
        Assert.Equal(new SourcePosition(YamlText.File, 2, 1), mapping.Entries[1].Key.Start);
        var item = Assert.IsType<SequenceNode>(mapping.Entries[1].Value).Items[0];
        Assert.Equal(new SourcePosition(YamlText.File, 3, 5), item.Start);
    }

    [Theory]
    [InlineData("f: plain text", ScalarWriting.Plain, "plain text", 1, 4)]
    [InlineData("f: 'single'", ScalarWriting.SingleQuoted, "single", 1, 4)]
    [InlineData("f: \"double\"", ScalarWriting.DoubleQuoted, "double", 1, 4)]
    [InlineData("f: |\n  literal\n", ScalarWriting.Literal, "literal\n", 1, 4)]
    [InlineData("f: >-\n  folded\n", ScalarWriting.Folded, "folded", 1, 4)]
    public void Read_ScalarStyles_StartAtFirstCharacterQuoteOrIndicator(string text, ScalarWriting style, string value, int line, int column)
    {
        // Act
        var scalar = YamlText.Scalar(text, "f");

        // Assert
        Assert.Equal(style, scalar.Style);
        Assert.Equal(value, scalar.Value);
        Assert.Equal(new SourcePosition(YamlText.File, line, column), scalar.Start);
    }

    [Theory]
    [InlineData("f: 1 + exec(1)", 1, 8)]
    [InlineData("f: max(0, 1) +\n  exec(1)", 2, 3)]
    [InlineData("f: 1 +\n\n  exec(1)", 3, 3)]
    [InlineData("f: '1 + exec(1)'", 1, 9)]
    [InlineData("f: 'it''s ''x'' + exec(1)'", 1, 19)]
    [InlineData("f: \"1 + exec(1)\"", 1, 9)]
    [InlineData("f: \"\\\"a\\\" + exec(1)\"", 1, 13)]
    [InlineData("f: \"\\u00e9\\t\\x41 + exec(1)\"", 1, 20)]
    [InlineData("f: \"1 +\n  exec(1)\"", 2, 3)]
    [InlineData("f: \"1 + \\\n  exec(1)\"", 2, 3)]
    [InlineData("f: |\n  1 +\n    exec(1)\n", 3, 5)]
    [InlineData("f: |\n\n  1 +\n  exec(1)\n", 4, 3)]
    [InlineData("f: >-\n  1 +\n  exec(1)\n", 3, 3)]
    [InlineData("f: >-\n  1 +\n\n  exec(1)\n", 4, 3)]
    [InlineData("f: >\n  a\n    b + exec(1)\n  c\n", 3, 9)]
    [InlineData("list:\n  - f: >-\n      1 +\n      exec(1)\n", 4, 7)]
    public void PositionAt_TokenInAnyScalarStyle_IsWhereTheTokenIsWritten(string text, int line, int column)
    {
        // Arrange
        var scalar = text.StartsWith("list:", StringComparison.Ordinal)
            ? Assert.IsType<ScalarNode>(Assert.IsType<MappingNode>(Assert.IsType<SequenceNode>(YamlText.Mapping(text).Entries[0].Value).Items[0]).Entries[0].Value)
            : YamlText.Scalar(text, "f");
        var offset = scalar.Value.IndexOf("exec", StringComparison.Ordinal);

        // Act
        var position = scalar.PositionAt(offset);

        // Assert
        Assert.Equal(new SourcePosition(YamlText.File, line, column), position);
    }

    [Theory]
    [InlineData("f: \"[7010] +\"", 1, 13)]
    [InlineData("f: \"[7010] \\\" +\"", 1, 16)]
    [InlineData("f: >-\n  [7010] +\n", 2, 11)]
    public void PositionAt_EndOfValue_IsJustAfterTheLastCharacter(string text, int line, int column)
    {
        // Arrange
        var scalar = YamlText.Scalar(text, "f");

        // Act
        var position = scalar.PositionAt(scalar.Value.Length);

        // Assert
        Assert.Equal(new SourcePosition(YamlText.File, line, column), position);
    }

    [Fact]
    public void Read_Alias_ReportsAliasAtItsPosition()
    {
        // Arrange
        var diagnostics = new DiagnosticBag();

        // Act
        YamlText.Mapping("a: &x 1\nb: *x\n", diagnostics);

        // Assert
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.AliasNotAllowed, diagnostic.Descriptor);
        Assert.Equal(new SourcePosition(YamlText.File, 2, 4), diagnostic.Position);
    }

    [Fact]
    public void Read_BundledRules_EveryScalarIsTracedCharacterByCharacter()
    {
        // Arrange
        var files = Directory.GetFiles(TestPaths.CurrentVersion, "*.yaml");

        // Act
        var untraced = files.SelectMany(f => Scalars(YamlTreeReader.Read(f, SourceFiles.ReadNormalized(f), new DiagnosticBag())!))
            .Where(s => s.Positions is { Count: 1 } && s.Value.Length > 0)
            .ToArray();

        // Assert
        Assert.Empty(untraced);
    }

    private static IEnumerable<ScalarNode> Scalars(YamlNode node) => node switch
    {
        ScalarNode scalar => [scalar],
        SequenceNode sequence => sequence.Items.SelectMany(Scalars),
        MappingNode mapping => mapping.Entries.SelectMany(e => Scalars(e.Key).Concat(Scalars(e.Value))),
        _ => [],
    };
}
