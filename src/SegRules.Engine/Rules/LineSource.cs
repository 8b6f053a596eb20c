using SegRules.Engine.Model;

namespace SegRules.Engine.Rules;

/// <summary>
/// Where a line of a form's newest version stands in one older version, through the lineage each
/// later version declares: the older version's lines whose sum is its value (the same line, its
/// renumbered predecessor, or the parts merged into it), or why the two cannot be compared (the line
/// is new since, or a part of a line that was split).
/// </summary>
/// <param name="Version">The older version.</param>
/// <param name="Keys">Its lines whose sum is the line's value; empty when not comparable.</param>
/// <param name="Changes">The declared changes on the way, oldest first (e.g. <c>renumbered in 2016-01-01</c>).</param>
/// <param name="NotComparable">Why no value of that version stands for the line; null when one does.</param>
public sealed record LineSource(string Version, IReadOnlyList<LineKey> Keys, IReadOnlyList<string> Changes, string? NotComparable)
{
    /// <summary>True when a value of <see cref="Version"/> stands for the line.</summary>
    public bool Comparable => NotComparable is null;

    /// <summary>The line's value in an evaluation of <see cref="Version"/> with <paramref name="lines"/>; null when not comparable or a line is missing.</summary>
    public decimal? ValueIn(IReadOnlyDictionary<string, decimal> lines) =>
        Comparable && Keys.All(k => lines.ContainsKey(k.Value)) ? Keys.Sum(k => lines[k.Value]) : null;

    /// <summary>
    /// Where the value comes from, for a reader following <paramref name="key"/>: null when it is the
    /// same line with no change declared, else e.g. <c>as [7190] in 2014-11-14 (renumbered in 2016-01-01)</c>,
    /// <c>as [7045] + [7047] in 2014-11-14 (merged in 2016-01-01)</c> or <c>not comparable: ...</c>.
    /// </summary>
    public string? Note(LineKey key)
    {
        if (NotComparable is not null)
        {
            return $"not comparable: {NotComparable}";
        }

        return Changes.Count == 0 && Keys.SequenceEqual([key]) ? null
            : $"as {string.Join(" + ", Keys.Select(k => k.AsReference))} in {Version}{(Changes.Count == 0 ? "" : $" ({string.Join("; ", Changes)})")}";
    }
}
