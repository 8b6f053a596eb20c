using System.Security.Cryptography;
using System.Text;
using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;

namespace SegRules.Authoring.Regression;

/// <summary>Reads the regression cases of a version folder (<c>tests/*.yaml</c>), reporting malformed ones with positions.</summary>
public static class RegressionCaseReader
{
    /// <summary>The folder, inside a version folder, that holds its cases.</summary>
    public const string FolderName = "tests";

    private static readonly IReadOnlyCollection<string> CaseKeys = ["name", "description", "balances", "expect"];
    private static readonly IReadOnlyCollection<string> ExpectKeys = ["lines", "fired", "not_fired", "refused"];

    /// <summary>Every case in <paramref name="versionDirectory"/>'s tests folder, in file name order.</summary>
    public static IReadOnlyList<RegressionCase> ReadAll(string versionDirectory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(versionDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.yaml").Where(f => Path.GetFileName(f) != Quality.EquivalentMutants.FileName).Order(StringComparer.Ordinal)
            .Select(file => Read(file, diagnostics)).OfType<RegressionCase>().ToArray();
    }

    /// <summary>Reads one case file; null (with its problems reported) when it is malformed.</summary>
    public static RegressionCase? Read(string path, DiagnosticBag diagnostics)
    {
        var display = SourceFiles.Display(path);
        var text = SourceFiles.ReadNormalized(path);
        var before = diagnostics.Items.Count;
        if (YamlTreeReader.Read(display, text, diagnostics) is not { } root)
        {
            return null;
        }

        if (root is not MappingNode mapping)
        {
            diagnostics.Report(root.Start, DiagnosticCatalog.WrongType, "a regression case", "a mapping with name, balances and expect", root.Description);
            return null;
        }

        var reader = new MappingReader(mapping, "a regression case", CaseKeys, diagnostics);
        var name = reader.Text("name", "what the case shows");
        var balancesNode = reader.Mapping("balances", "the balances to evaluate, written as in a balances file");
        var balances = balancesNode is null ? null
            : BalancesReader.FromMapping(display, balancesNode, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), diagnostics);
        var expectNode = reader.Mapping("expect", "the expected lines and findings");
        var expect = expectNode is null ? null : new MappingReader(expectNode, "expect", ExpectKeys, diagnostics);
        var lines = new List<(ScalarNode, decimal)>();
        foreach (var (key, value) in expect?.Mapping("lines")?.Entries ?? [])
        {
            if (value is ScalarNode scalar && Money.TryParse(scalar.Value, out var amount, out _))
            {
                lines.Add((key, amount));
            }
            else
            {
                diagnostics.Report(value.Start, DiagnosticCatalog.NotANumber, value is ScalarNode s ? s.Value : value.Description, $"expected line {key.Value}");
            }
        }

        var fired = Names(expect, "fired", diagnostics);
        var notFired = Names(expect, "not_fired", diagnostics);
        return diagnostics.Items.Count != before || name is null || balances is null
            ? null
            : new RegressionCase(display, name, balances, lines, fired, notFired) { Refused = Names(expect, "refused", diagnostics) };
    }

    private static List<ScalarNode> Names(MappingReader? expect, string key, DiagnosticBag diagnostics)
    {
        var names = new List<ScalarNode>();
        foreach (var item in expect?.Sequence(key)?.Items ?? [])
        {
            if (item is ScalarNode { IsNull: false } scalar)
            {
                names.Add(scalar);
            }
            else
            {
                diagnostics.Report(item.Start, DiagnosticCatalog.WrongType, key + " item", key == "refused" ? "a diagnostic, e.g. SR7301: 7033" : "a check id", item.Description);
            }
        }

        return names;
    }
}
