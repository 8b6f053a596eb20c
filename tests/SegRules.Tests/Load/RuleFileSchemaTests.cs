using System.Text.Json;
using SegRules.Engine.Balances;
using SegRules.Engine.Load;
using SegRules.Tests.Support;

namespace SegRules.Tests.Load;

/// <summary>The JSON Schemas editors use (rules/schema/) name exactly the keys the loader accepts.</summary>
public sealed class RuleFileSchemaTests
{
    public static TheoryData<string, string[], string[]> Schemas => new()
    {
        { "manifest.schema.json", [], [.. RuleFileKeys.Manifest] },
        { "manifest.schema.json", ["sources"], [.. RuleFileKeys.Source] },
        { "page.schema.json", [], [.. RuleFileKeys.Page] },
        { "page.schema.json", ["lines"], [.. RuleFileKeys.Line] },
        { "page.schema.json", ["targets"], [.. RuleFileKeys.Target] },
        { "page.schema.json", ["supplemental"], [.. RuleFileKeys.Supplemental] },
        { "page.schema.json", ["checks"], [.. RuleFileKeys.Check] },
        { "balances.schema.json", [], [.. BalancesReader.TopKeys] },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Schema_Properties_MatchTheKeysTheLoaderAccepts(string file, string[] path, string[] keys)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.BundledRules, "schema", file)));

        var node = path.Aggregate(schema.RootElement, (element, key) => element.GetProperty("properties").GetProperty(key).GetProperty("items"));

        Assert.Equal(keys.Order(StringComparer.Ordinal), node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Schema_CitationSource_MatchesTheKeysTheLoaderAccepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.BundledRules, "schema", "page.schema.json")));

        var source = schema.RootElement.GetProperty("$defs").GetProperty("citation").GetProperty("oneOf")[1].GetProperty("items").GetProperty("oneOf")[1];

        Assert.Equal(CitationReader.SourceKeys.Order(StringComparer.Ordinal), source.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("#/$defs/citation", schema.RootElement.GetProperty("properties").GetProperty("lines").GetProperty("items").GetProperty("properties").GetProperty("citation").GetProperty("$ref").GetString());
    }
}
