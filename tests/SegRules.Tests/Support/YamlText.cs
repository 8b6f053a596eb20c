using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;

namespace SegRules.Tests.Support;

/// <summary>Parses YAML written in a test into the loader's positioned tree.</summary>
public static class YamlText
{
    public const string File = "test.yaml";

    public static MappingNode Mapping(string text, DiagnosticBag? diagnostics = null)
    {
        var bag = diagnostics ?? new DiagnosticBag();
        var node = YamlTreeReader.Read(File, text, bag);
        return Assert.IsType<MappingNode>(node);
    }

    /// <summary>The value of <paramref name="key"/> in the top-level mapping of <paramref name="text"/>.</summary>
    public static ScalarNode Scalar(string text, string key) =>
        Assert.IsType<ScalarNode>(Mapping(text).Entries.Single(e => e.Key.Value == key).Value);
}
