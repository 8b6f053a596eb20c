using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Lineage;

/// <summary>
/// A version's declared line lineage (<c>lineage.yaml</c> in the version folder): how its lines map to
/// the previous version's (renumbered, relabelled, split, merged, new, retired). A line not listed is
/// the same line under the same key.
/// </summary>
/// <param name="Changes">The declared changes.</param>
public sealed record LineLineage(IReadOnlyList<LineChange> Changes)
{
    /// <summary>The file's name in a version folder.</summary>
    public const string FileName = "lineage.yaml";

    /// <summary>The kinds of change an entry may declare.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["renumbered", "relabelled", "split", "merged", "new", "retired"];

    private static readonly IReadOnlyCollection<string> RootKeys = ["lines"];
    private static readonly IReadOnlyCollection<string> EntryKeys = ["line", "change", "from"];

    /// <summary>No declared changes.</summary>
    public static LineLineage None { get; } = new([]);

    /// <summary>True when an entry names <paramref name="key"/> as this version's line.</summary>
    public bool Declares(LineKey key) => Changes.Any(c => c.Line == key);

    /// <summary>
    /// The previous version's lines that <paramref name="key"/> of this version continues: the declared
    /// ones, none for a new line, else the line of the same key.
    /// </summary>
    public IReadOnlyList<LineKey> Predecessors(LineKey key) =>
        Changes.FirstOrDefault(c => c.Line == key && c.Change != "retired") is { } change ? change.From : [key];

    /// <summary>Reads the lineage of the version in <paramref name="versionDirectory"/>; <see cref="None"/> when it declares none.</summary>
    public static LineLineage Read(string versionDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(versionDirectory, FileName);
        if (!File.Exists(path))
        {
            return None;
        }

        var display = SourceFiles.Display(path);
        if (YamlTreeReader.Read(display, SourceFiles.ReadNormalized(path), diagnostics) is not MappingNode root)
        {
            return None;
        }

        var changes = new List<LineChange>();
        foreach (var item in new MappingReader(root, "the lineage", RootKeys, diagnostics).Sequence("lines")?.Items ?? [])
        {
            if (item is not MappingNode entry)
            {
                diagnostics.Report(item.Start, DiagnosticCatalog.WrongType, "a lineage entry", "a mapping with line, change and from", item.Description);
                continue;
            }

            var reader = new MappingReader(entry, "a lineage entry", EntryKeys, diagnostics);
            var line = reader.Scalar("line", "the line's code or id");
            var change = reader.Scalar("change", string.Join(", ", Kinds));
            if (change is not null && !Kinds.Contains(change.Value))
            {
                diagnostics.Report(change.Start, DiagnosticCatalog.InvalidValue, change.Value, "lineage change", "use one of " + string.Join(", ", Kinds));
                continue;
            }

            if (line is null || change is null)
            {
                continue;
            }

            var from = reader.Get("from") is null ? (change.Value is "new" or "retired" ? [] : [line.Value]) : reader.TextList("from");
            changes.Add(new LineChange(new LineKey(line.Value), change.Value, from.Select(f => new LineKey(f)).ToArray(), entry.Start));
        }

        return new LineLineage(changes);
    }
}
