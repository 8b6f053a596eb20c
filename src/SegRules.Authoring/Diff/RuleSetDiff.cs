using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Authoring.Diff;

/// <summary>
/// Compares two versions of a form: pages, lines, supplemental figures, targets and checks added or
/// removed, and every field that changed (label, line number, kind, formula, default, citation, note,
/// section, sign; a check's condition, severity, message, action, deadline), plus the manifest's title,
/// sources, citations and assumptions. Effective dates are what tell versions apart, so they are not reported.
/// Formulas and texts are compared with runs of white space folded, as YAML folding would.
/// </summary>
public static class RuleSetDiff
{
    /// <summary>The differences from <paramref name="from"/> to <paramref name="to"/>, in printed order.</summary>
    /// <param name="from">The earlier version.</param>
    /// <param name="to">The later version.</param>
    /// <param name="lineage">
    /// What <paramref name="to"/> declares about its lines' lineage from <paramref name="from"/>: a line
    /// renumbered or relabelled under a new key is compared with the line it continues (not reported
    /// as one removed and one added), and every declared change is listed as a <c>lineage</c> change.
    /// </param>
    public static IReadOnlyList<RuleChange> Compare(FormDefinition from, FormDefinition to, LineLineage? lineage = null)
    {
        var changes = new List<RuleChange>();
        Field(changes, "manifest", "", "title", from.Info.Title, to.Info.Title);
        Lists(changes, "source", from.Info.Sources.Select(Describe).ToArray(), to.Info.Sources.Select(Describe).ToArray());
        Lists(changes, "citation", from.Info.Citations, to.Info.Citations);
        Lists(changes, "assumption", from.Info.Assumptions, to.Info.Assumptions);
        Keyed(changes, "page", from.Pages, to.Pages, p => p.Id, p => p.Title, (a, b) =>
        {
            Field(changes, "page", a.Id, "title", a.Title, b.Title);
            Field(changes, "page", a.Id, "citation", a.Citation, b.Citation);
        });
        var continued = (lineage ?? LineLineage.None).Changes
            .Where(c => c.Change is "renumbered" or "relabelled" && c.From.Count == 1 && c.From[0] != c.Line && from.TryGetLine(c.From[0], out _))
            .ToDictionary(c => c.From[0].Value, c => c.Line.Value, StringComparer.Ordinal);
        foreach (var change in (lineage ?? LineLineage.None).Changes)
        {
            changes.Add(new RuleChange("line", change.Line.Value, "lineage", string.Join(", ", change.From.Select(f => f.AsReference)), change.Change));
        }

        Keyed(changes, "line", from.Lines.ToArray(), to.Lines.ToArray(), l => continued.GetValueOrDefault(l.Key.Value, l.Key.Value), l => l.Label, (a, b) => Line(changes, "line", a, b));
        Keyed(changes, "supplemental", from.Supplementals.ToArray(), to.Supplementals.ToArray(), l => l.Key.Value, l => l.Label, (a, b) => Line(changes, "supplemental", a, b));
        Keyed(changes, "target", from.Targets, to.Targets, t => t.Pool, t => t.Label, (a, b) =>
        {
            Field(changes, "target", a.Pool, "label", a.Label, b.Label);
            Field(changes, "target", a.Pool, "citation", a.Citation, b.Citation);
            Field(changes, "target", a.Pool, "lines", string.Join(", ", a.AllLines), string.Join(", ", b.AllLines));
        });
        Keyed(changes, "check", from.Checks.ToArray(), to.Checks.ToArray(), c => c.Id.Value, c => c.Title, (a, b) =>
        {
            var key = a.Id.Value;
            Field(changes, "check", key, "title", a.Title, b.Title);
            Field(changes, "check", key, "condition", a.When.Text, b.When.Text);
            Field(changes, "check", key, "severity", a.Severity.ToString().ToLowerInvariant(), b.Severity.ToString().ToLowerInvariant());
            Field(changes, "check", key, "message", a.Message.Text, b.Message.Text);
            Field(changes, "check", key, "citation", a.Citation, b.Citation);
            Field(changes, "check", key, "action", a.Action, b.Action);
            Field(changes, "check", key, "deadline", a.Deadline, b.Deadline);
            Field(changes, "check", key, "note", a.Note, b.Note);
        });
        return changes;
    }

    private static void Line(List<RuleChange> changes, string area, LineDefinition a, LineDefinition b)
    {
        var key = a.Key.Value;
        Field(changes, area, key, "label", a.Label, b.Label);
        Field(changes, area, key, "line number", a.PrintedLine, b.PrintedLine);
        Field(changes, area, key, "kind", a.Kind.ToString().ToLowerInvariant(), b.Kind.ToString().ToLowerInvariant());
        Field(changes, area, key, "sign", a.Sign.ToString().ToLowerInvariant(), b.Sign.ToString().ToLowerInvariant());
        Field(changes, area, key, "formula", a.Formula?.Text, b.Formula?.Text);
        Field(changes, area, key, "default", a.Default?.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Default?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(changes, area, key, "citation", a.Citation, b.Citation);
        Field(changes, area, key, "note", a.Note, b.Note);
        Field(changes, area, key, "section", a.Section, b.Section);
    }

    private static void Keyed<T>(List<RuleChange> changes, string area, IReadOnlyList<T> from, IReadOnlyList<T> to,
        Func<T, string> key, Func<T, string> describe, Action<T, T> compare)
    {
        var before = from.ToDictionary(key, StringComparer.Ordinal);
        var after = to.ToDictionary(key, StringComparer.Ordinal);
        foreach (var item in from.Where(i => !after.ContainsKey(key(i))))
        {
            changes.Add(new RuleChange(area, key(item), "removed", describe(item), null));
        }

        foreach (var item in to)
        {
            if (before.TryGetValue(key(item), out var old))
            {
                compare(old, item);
            }
            else
            {
                changes.Add(new RuleChange(area, key(item), "added", null, describe(item)));
            }
        }
    }

    private static string Describe(VersionSource source) => source.Note is null ? source.ToString() : $"{source} ({source.Note})";

    private static void Lists(List<RuleChange> changes, string area, IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        var before = from.Select(Fold).ToHashSet(StringComparer.Ordinal);
        var after = to.Select(Fold).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(from.Where(x => !after.Contains(Fold(x))).Select(x => new RuleChange(area, "", "removed", x, null)));
        changes.AddRange(to.Where(x => !before.Contains(Fold(x))).Select(x => new RuleChange(area, "", "added", null, x)));
    }

    private static void Field(List<RuleChange> changes, string area, string key, string field, string? from, string? to)
    {
        if (Fold(from) != Fold(to))
        {
            changes.Add(new RuleChange(area, key, field, from, to));
        }
    }

    private static string? Fold(string? text) => text is null ? null : string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
