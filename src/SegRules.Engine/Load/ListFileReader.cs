using SegRules.Engine.Diagnostics;

namespace SegRules.Engine.Load;

/// <summary>
/// Reads the small side files of a version folder that hold one list of mappings under one key
/// (<c>lineage.yaml</c>'s <c>lines</c>, <c>tests/equivalent-mutants.yaml</c>'s <c>equivalent</c>): each
/// entry comes back as a reader that reports unknown and missing keys at their place.
/// </summary>
public static class ListFileReader
{
    /// <summary>The entries of the list under <paramref name="rootKey"/> in <paramref name="path"/>; none when the file does not exist.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rootKey">The one key of the file's mapping.</param>
    /// <param name="what">What an entry is, for messages (e.g. "a lineage entry").</param>
    /// <param name="shape">What an entry holds, for messages (e.g. "a mapping with line, change and from").</param>
    /// <param name="entryKeys">The keys an entry may have.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static IReadOnlyList<MappingReader> Entries(string path, string rootKey, string what, string shape, IReadOnlyCollection<string> entryKeys, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var display = SourceFiles.Display(path);
        if (YamlTreeReader.Read(display, SourceFiles.ReadNormalized(path), diagnostics) is not MappingNode root)
        {
            return [];
        }

        var entries = new List<MappingReader>();
        foreach (var item in new MappingReader(root, display, [rootKey], diagnostics).Sequence(rootKey)?.Items ?? [])
        {
            if (item is MappingNode entry)
            {
                entries.Add(new MappingReader(entry, what, entryKeys, diagnostics));
            }
            else
            {
                diagnostics.Report(item.Start, DiagnosticCatalog.WrongType, what, shape, item.Description);
            }
        }

        return entries;
    }
}
