using System.Globalization;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>
/// Reads one YAML mapping against a known set of keys: reports unknown keys (with the nearest known
/// key as a suggestion) and duplicate keys, and hands out values by type, reporting wrong types and
/// missing required keys. Every report carries the position of the offending node.
/// </summary>
public sealed class MappingReader
{
    private readonly Dictionary<string, KeyValuePair<ScalarNode, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Checks the keys of <paramref name="node"/> against <paramref name="allowedKeys"/>.</summary>
    /// <param name="node">The mapping.</param>
    /// <param name="what">What the mapping is, for messages ("a line", "the manifest").</param>
    /// <param name="allowedKeys">The keys the schema knows.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public MappingReader(MappingNode node, string what, IReadOnlyCollection<string> allowedKeys, DiagnosticBag diagnostics)
    {
        Node = node;
        What = what;
        _diagnostics = diagnostics;
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value;
            if (!allowedKeys.Contains(key))
            {
                var suggestion = Spelling.Nearest(key, allowedKeys);
                diagnostics.Report(entry.Key.Start, DiagnosticCatalog.UnknownKey, key, what,
                    suggestion is null ? "" : $" (did you mean '{suggestion}'?)", string.Join(", ", allowedKeys));
            }
            else if (_entries.TryGetValue(key, out var first))
            {
                diagnostics.Report(entry.Key.Start, DiagnosticCatalog.DuplicateKey, key, first.Key.Start.Line, first.Key.Start.Column);
            }
            else
            {
                _entries.Add(key, entry);
            }
        }
    }

    /// <summary>The mapping being read.</summary>
    public MappingNode Node { get; }

    /// <summary>What the mapping is, for messages.</summary>
    public string What { get; }

    /// <summary>The value node of <paramref name="key"/>, or null when absent.</summary>
    public YamlNode? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The key node of <paramref name="key"/>, or null when absent.</summary>
    public ScalarNode? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>Reports a missing required key at the mapping's start.</summary>
    public void ReportMissing(string key, string hint) =>
        _diagnostics.Report(Node.Start, DiagnosticCatalog.MissingKey, What, key, hint);

    /// <summary>A scalar value; null (reported when <paramref name="requiredHint"/> is set) when absent or null.</summary>
    public ScalarNode? Scalar(string key, string? requiredHint = null)
    {
        var node = Get(key);
        if (node is null || node is ScalarNode { IsNull: true })
        {
            if (requiredHint is not null)
            {
                ReportMissing(key, requiredHint);
            }

            return null;
        }

        if (node is ScalarNode scalar)
        {
            return scalar;
        }

        _diagnostics.Report(node.Start, DiagnosticCatalog.WrongType, key, "text", node.Description);
        return null;
    }

    /// <summary>A text value.</summary>
    public string? Text(string key, string? requiredHint = null) => Scalar(key, requiredHint)?.Value;

    /// <summary>A date written <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Date(string key, string? requiredHint = null)
    {
        var scalar = Scalar(key, requiredHint);
        if (scalar is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Report(scalar.Start, DiagnosticCatalog.InvalidValue, scalar.Value, "date for " + key, "write a real calendar date as yyyy-MM-dd");
        return null;
    }

    /// <summary>A mapping value.</summary>
    public MappingNode? Mapping(string key, string? requiredHint = null) => Typed<MappingNode>(key, "a mapping", requiredHint);

    /// <summary>A sequence value.</summary>
    public SequenceNode? Sequence(string key, string? requiredHint = null) => Typed<SequenceNode>(key, "a list", requiredHint);

    /// <summary>A list of text values; a single text value is taken as a list of one.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
            case ScalarNode { IsNull: true }:
                return [];
            case ScalarNode scalar:
                return [scalar.Value];
            case SequenceNode sequence:
                var texts = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is ScalarNode { IsNull: false } text)
                    {
                        texts.Add(text.Value);
                    }
                    else
                    {
                        _diagnostics.Report(item.Start, DiagnosticCatalog.WrongType, key + " item", "text", item.Description);
                    }
                }

                return texts;
            default:
                _diagnostics.Report(node.Start, DiagnosticCatalog.WrongType, key, "text or a list of text", node.Description);
                return [];
        }
    }

    private T? Typed<T>(string key, string expected, string? requiredHint)
        where T : YamlNode
    {
        var node = Get(key);
        if (node is null || node is ScalarNode { IsNull: true })
        {
            if (requiredHint is not null)
            {
                ReportMissing(key, requiredHint);
            }

            return null;
        }

        if (node is T typed)
        {
            return typed;
        }

        _diagnostics.Report(node.Start, DiagnosticCatalog.WrongType, key, expected, node.Description);
        return null;
    }
}
