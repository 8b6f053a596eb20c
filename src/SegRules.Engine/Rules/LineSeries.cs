using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Rules;

/// <summary>
/// One line of a form followed across its versions under its key in the newest version: for each
/// older version, where the line stands there (<see cref="LineSource"/>), found by walking back
/// through the lineage each later version declares (<see cref="LineLineage"/>). A version the
/// series does not know (not in the rules folder) is taken to hold the line under the same key.
/// </summary>
public sealed class LineSeries
{
    private readonly Dictionary<string, LineSource> _sources;

    private LineSeries(LineKey key, string newest, Dictionary<string, LineSource> sources)
    {
        Key = key;
        Newest = newest;
        _sources = sources;
    }

    /// <summary>The line's key in the newest version.</summary>
    public LineKey Key { get; }

    /// <summary>The newest version's id.</summary>
    public string Newest { get; }

    /// <summary>
    /// Follows <paramref name="key"/> of the last of <paramref name="versions"/> (oldest first, each with
    /// the lineage it declares from the one before it) back through every earlier version.
    /// </summary>
    public static LineSeries Of(LineKey key, IReadOnlyList<(string Version, LineLineage Lineage)> versions)
    {
        var sources = new Dictionary<string, LineSource>(StringComparer.Ordinal);
        IReadOnlyList<LineKey> keys = [key];
        var changes = new List<string>();
        string? notComparable = null;
        for (var i = versions.Count - 1; i >= 0; i--)
        {
            var (version, lineage) = versions[i];
            sources[version] = new LineSource(version, notComparable is null ? keys : [], changes.AsEnumerable().Reverse().ToArray(), notComparable);
            if (notComparable is not null)
            {
                continue;
            }

            var earlier = new List<LineKey>();
            foreach (var line in keys)
            {
                var change = lineage.Changes.FirstOrDefault(c => c.Line == line && c.Change != "retired");
                switch (change?.Change)
                {
                    case null:
                        earlier.Add(line);
                        break;
                    case "new":
                        notComparable = $"{line.AsReference} is new in {version}";
                        break;
                    case "split":
                        notComparable = $"{line.AsReference} is a part of {string.Join(" + ", change.From.Select(f => f.AsReference))}, split in {version}";
                        break;
                    default:
                        earlier.AddRange(change.From);
                        changes.Add($"{change.Change} in {version}");
                        break;
                }
            }

            keys = earlier;
        }

        return new LineSeries(key, versions.Count == 0 ? "" : versions[^1].Version, sources);
    }

    /// <summary>
    /// Follows <paramref name="key"/> of <paramref name="form"/>'s newest version in <paramref name="rules"/>;
    /// null (reported) when the form has no version, or its newest version has no such line.
    /// </summary>
    public static LineSeries? Follow(RuleRepository rules, string form, LineKey key, DiagnosticBag diagnostics)
    {
        var versions = rules.Versions.Where(v => v.Info.Form == form).OrderBy(v => v.Info.EffectiveFrom).ToArray();
        if (versions.Length == 0)
        {
            diagnostics.ReportFile(null, DiagnosticCatalog.UnknownForm, form, rules.Root, string.Join(", ", rules.Versions.Select(v => v.Info.Form).Distinct()));
            return null;
        }

        var lineages = versions.Select(v => (Version: v.Info.Version, Lineage: LineLineage.Read(v.Directory, diagnostics))).ToArray();
        var newest = RuleRepository.Load(versions[^1], diagnostics);
        if (newest is null || diagnostics.HasErrors)
        {
            return null;
        }

        if (!newest.TryGetLine(key, out _))
        {
            var successors = lineages.SelectMany(l => l.Lineage.Changes).Where(c => c.From.Contains(key) && c.Change != "retired").Select(c => c.Line.AsReference).Distinct().ToArray();
            diagnostics.ReportFile(null, DiagnosticCatalog.UnknownCode, key.Value, $"{form} {newest.Info.Version}, the newest version",
                successors.Length > 0 ? $" (it continues as {string.Join(", ", successors)}: follow that key)" : " (name a line by its key in the newest version)");
            return null;
        }

        return Of(key, lineages);
    }

    /// <summary>
    /// Follows the line <paramref name="line"/> (a code or id, with or without brackets) in the newest
    /// version of each of <paramref name="forms"/>; null (every problem reported) when one has no such line.
    /// </summary>
    public static IReadOnlyDictionary<string, LineSeries>? FollowAll(RuleRepository rules, IEnumerable<string> forms, string line, DiagnosticBag diagnostics)
    {
        var key = new LineKey(line.Trim().TrimStart('[').TrimEnd(']'));
        var result = new Dictionary<string, LineSeries>(StringComparer.Ordinal);
        foreach (var form in forms.Distinct(StringComparer.Ordinal))
        {
            if (Follow(rules, form, key, diagnostics) is { } series)
            {
                result[form] = series;
            }
        }

        return diagnostics.HasErrors ? null : result;
    }

    /// <summary>Where the line stands in <paramref name="version"/>: the same key when the series does not know the version.</summary>
    public LineSource SourceIn(string version) => _sources.TryGetValue(version, out var source) ? source : new LineSource(version, [Key], [], null);
}
