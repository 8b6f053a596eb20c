using System.Security.Cryptography;
using System.Text;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// Reads a balances file (YAML or JSON) into a <see cref="BalancesFile"/>, reporting every problem
/// that needs no rules to see: syntax, unknown keys, figures that are not numbers or have more than
/// two decimal places, codes given twice, a missing or impossible date, an unknown target choice, a
/// <c>statements</c> entry that is not a name.
/// </summary>
public static class BalancesReader
{
    /// <summary>The form a balances file is for when it does not say.</summary>
    public const string DefaultForm = "daily-seg";

    internal static readonly IReadOnlyCollection<string> TopKeys = ["firm", "as_of", "form", "statements", "values", "targets", "supplemental", "filed"];

    /// <summary>Reads the file at <paramref name="path"/>; null with the problems reported when it cannot be used.</summary>
    public static BalancesFile? Read(string path, DiagnosticBag diagnostics)
    {
        var display = SourceFiles.Display(path);
        var text = SourceFiles.TryRead(path, display, diagnostics, SourceFiles.ReadNormalized);
        if (text is null)
        {
            return null;
        }

        return Parse(display, text, diagnostics);
    }

    /// <summary>Reads balances from <paramref name="text"/>, naming <paramref name="display"/> in positions.</summary>
    public static BalancesFile? Parse(string display, string text, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(display, text, diagnostics);
        if (root is null)
        {
            return null;
        }

        if (root is not MappingNode mapping)
        {
            diagnostics.Report(root.Start, DiagnosticCatalog.WrongType, "the balances file", "a mapping with firm, as_of and values", root.Description);
            return null;
        }

        return FromMapping(display, mapping, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), diagnostics);
    }

    /// <summary>Reads balances from a mapping inside another document (e.g. a regression case).</summary>
    /// <param name="display">The file named in positions.</param>
    /// <param name="mapping">The balances mapping.</param>
    /// <param name="sourceHash">The hash recorded for the source.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static BalancesFile? FromMapping(string display, MappingNode mapping, string sourceHash, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var reader = new MappingReader(mapping, "the balances file", TopKeys, diagnostics);
        var firm = reader.Text("firm", "the firm's name");
        var asOf = reader.Date("as_of", "the statement date, yyyy-MM-dd");
        var form = reader.Text("form") ?? DefaultForm;
        var valuesNode = reader.Mapping("values", "the input figures by line code, e.g. 7010: 3436213699");
        var values = valuesNode is null ? [] : Figures(valuesNode, diagnostics);
        var targetsNode = reader.Mapping("targets");
        var targets = targetsNode is null ? [] : Targets(targetsNode, diagnostics);
        var supplementalNode = reader.Mapping("supplemental");
        var supplementals = supplementalNode is null ? [] : Figures(supplementalNode, diagnostics);
        var filedNode = reader.Mapping("filed");
        var filed = filedNode is null ? [] : Figures(filedNode, diagnostics);

        var statements = Statements(reader, diagnostics);

        return diagnostics.Items.Count != before
            ? null
            : new BalancesFile(display, firm, asOf, reader.KeyNode("as_of")?.Start ?? mapping.Start, form, values,
                reader.KeyNode("values")?.Start ?? mapping.Start, targets, supplementals, filed, sourceHash)
            {
                Statements = statements,
                StatementsPosition = reader.KeyNode("statements")?.Start,
            };
    }

    /// <summary>The statements listed (<c>statements: [secured, swaps]</c>); null when the file lists none, meaning all.</summary>
    private static ScalarNode[]? Statements(MappingReader reader, DiagnosticBag diagnostics)
    {
        if (reader.Get("statements") is null)
        {
            return null;
        }

        var list = reader.Sequence("statements");
        var names = new List<ScalarNode>();
        foreach (var item in list?.Items ?? [])
        {
            if (item is ScalarNode { IsNull: false } name)
            {
                names.Add(name);
            }
            else
            {
                diagnostics.Report(item.Start, DiagnosticCatalog.WrongType, "a statements item", "a statement name, e.g. secured", item.Description);
            }
        }

        return names.ToArray();
    }

    /// <summary>The entries of <paramref name="mapping"/>, each key once; a key given again is reported and skipped.</summary>
    private static IEnumerable<KeyValuePair<ScalarNode, YamlNode>> UniqueEntries(MappingNode mapping, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (seen.TryGetValue(entry.Key.Value, out var first))
            {
                diagnostics.Report(entry.Key.Start, DiagnosticCatalog.DuplicateKey, entry.Key.Value, first.Start.Line, first.Start.Column);
                continue;
            }

            seen.Add(entry.Key.Value, entry.Key);
            yield return entry;
        }
    }

    private static List<BalanceFigure> Figures(MappingNode values, DiagnosticBag diagnostics)
    {
        var figures = new List<BalanceFigure>();
        foreach (var (key, node) in UniqueEntries(values, diagnostics))
        {
            if (Figure(node, $"line {key.Value}", diagnostics) is { } value)
            {
                figures.Add(new BalanceFigure(key, value));
            }
        }

        return figures;
    }

    private static List<TargetEntry> Targets(MappingNode targets, DiagnosticBag diagnostics)
    {
        var entries = new List<TargetEntry>();
        foreach (var (pool, node) in UniqueEntries(targets, diagnostics))
        {
            if (node is not MappingNode { Entries.Count: 1 } choice)
            {
                diagnostics.Report(node.Start, DiagnosticCatalog.BadTarget,
                    $"the target of pool '{pool.Value}' must name exactly one choice, e.g. {{ percent: 5 }}, {{ amount: 150000000 }}, {{ amount_range: [A, B] }} or {{ percent_range: [A, B] }}");
                continue;
            }

            var (kind, value) = choice.Entries[0];
            if (!ResidualInterestTarget.ChoiceNames.Contains(kind.Value))
            {
                diagnostics.Report(kind.Start, DiagnosticCatalog.UnknownTargetKind, kind.Value, string.Join(", ", ResidualInterestTarget.ChoiceNames));
                continue;
            }

            var isRange = kind.Value.EndsWith("_range", StringComparison.Ordinal);
            var figures = isRange ? RangeFigures(pool.Value, kind, value, diagnostics) : Figure(value, $"target {pool.Value}.{kind.Value}", diagnostics) is { } one ? [one] : null;
            if (figures is not null)
            {
                entries.Add(new TargetEntry(pool, kind, figures));
            }
        }

        return entries;
    }

    private static decimal[]? RangeFigures(string pool, ScalarNode kind, YamlNode value, DiagnosticBag diagnostics)
    {
        if (value is not SequenceNode { Items: [var low, var high] })
        {
            diagnostics.Report(value.Start, DiagnosticCatalog.BadTarget, $"{pool}.{kind.Value} must be a list of two figures [low, high]");
            return null;
        }

        var lowValue = Figure(low, $"target {pool}.{kind.Value} low", diagnostics);
        var highValue = Figure(high, $"target {pool}.{kind.Value} high", diagnostics);
        return lowValue is { } l && highValue is { } h ? [l, h] : null;
    }

    private static decimal? Figure(YamlNode node, string what, DiagnosticBag diagnostics)
    {
        if (node is not ScalarNode { IsNull: false } scalar)
        {
            diagnostics.Report(node.Start, DiagnosticCatalog.NotANumber, node is ScalarNode ? "" : node.Description, what);
            return null;
        }

        if (Money.IsTooLong(scalar.Value))
        {
            diagnostics.Report(scalar.Start, DiagnosticCatalog.FigureTooLong, what, scalar.Value.Trim().Length, Money.MaxLength);
            return null;
        }

        if (!Money.TryParse(scalar.Value, out var value, out var decimals))
        {
            diagnostics.Report(scalar.Start, DiagnosticCatalog.NotANumber, scalar.Value, what);
            return null;
        }

        if (decimals > Money.MaxDecimals)
        {
            diagnostics.Report(scalar.Start, DiagnosticCatalog.TooManyDecimals, scalar.Value, what);
            return null;
        }

        return value;
    }
}
