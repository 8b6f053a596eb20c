using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Rules;

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

    /// <summary>
    /// The previous version's line values carried to this version's keys, for comparing an evaluation
    /// across the two: a renumbered or relabelled line takes its predecessor's value, a merged line the sum
    /// of its predecessors', a retired line is dropped; <paramref name="unmatched"/> gets the lines of this
    /// version that have no counterpart (new lines, and the parts of a split line).
    /// </summary>
    public Dictionary<string, decimal> Carry(IReadOnlyDictionary<string, decimal> previous, out IReadOnlySet<string> unmatched)
    {
        var carried = new Dictionary<string, decimal>(previous, StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in Changes.Where(c => c.Change is "retired" or "split"))
        {
            carried.Remove(change.Line.Value);
            foreach (var from in change.From)
            {
                carried.Remove(from.Value);
            }

            if (change.Change == "split")
            {
                none.Add(change.Line.Value);
            }
        }

        foreach (var change in Changes.Where(c => c.Change == "new"))
        {
            none.Add(change.Line.Value);
        }

        var mapped = Changes.Where(c => c.Change is "renumbered" or "relabelled" or "merged" && c.From.All(f => previous.ContainsKey(f.Value))).ToArray();
        foreach (var from in mapped.SelectMany(c => c.From))
        {
            carried.Remove(from.Value);
        }

        foreach (var change in mapped)
        {
            carried[change.Line.Value] = change.From.Sum(f => previous[f.Value]);
        }

        unmatched = none;
        return carried;
    }

    /// <summary>Reads the lineage of the version in <paramref name="versionDirectory"/>; <see cref="None"/> when it declares none.</summary>
    public static LineLineage Read(string versionDirectory, DiagnosticBag diagnostics)
    {
        var changes = new List<LineChange>();
        foreach (var reader in ListFileReader.Entries(Path.Combine(versionDirectory, FileName), "lines", "a lineage entry", "a mapping with line, change and from", EntryKeys, diagnostics))
        {
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
            changes.Add(new LineChange(new LineKey(line.Value), change.Value, from.Select(f => new LineKey(f)).ToArray(), reader.Node.Start));
        }

        return changes.Count == 0 ? None : new LineLineage(changes);
    }
}
