using System.Text.RegularExpressions;
using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads the figures of one pool's cover page target from the words after its label, in either
/// layout filings use: the 2012-2017 one, where the wording of every choice (<c>a.</c> to <c>d.</c>)
/// comes first and the six figures follow it (<c>0 5 0 0 0 0</c>), and the 2015 one, with no choice
/// a and each choice's figures printed after its own wording (<c>b. ... required: 7 %; or c. ...</c>).
/// Split line numbers (<c>14.</c>) and page numbers (<c>Page 2 of 4</c>) are not figures. A figure
/// that fits no choice is reported where it is.
/// </summary>
public static partial class CoverPageChoices
{
    private static readonly string[] Choices = ["amount", "percent", "amount_range", "percent_range"];

    /// <summary>The figures <paramref name="words"/> give <paramref name="target"/>'s lines; null with the problem reported when they cannot be placed.</summary>
    /// <param name="words">The words between the pool's label and the next label or the end of the cover page.</param>
    /// <param name="target">The pool's target.</param>
    /// <param name="label">Where the pool's label starts, for a problem with no figure to point at.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static IReadOnlyList<TargetFigure>? Read(IReadOnlyList<FilingWord> words, ResidualInterestTarget target, SourcePosition label, DiagnosticBag diagnostics)
    {
        var markers = new List<int>();
        var figures = new List<(decimal Value, SourcePosition At, int? Choice)>();
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (Marker().Match(text) is { Success: true } marker)
            {
                var choice = char.ToLowerInvariant(marker.Groups[1].Value[0]) - 'a';
                if (!markers.Contains(choice))
                {
                    markers.Add(choice);
                }

                continue;
            }

            if (PageNumber(words, i) is { } skip)
            {
                i += skip;
                continue;
            }

            if (!LineNumber().IsMatch(text) && FilingNumber.TryParse(Bare(text), out var value))
            {
                figures.Add((value, words[i].Start, markers.Count == 0 ? null : markers[^1]));
            }
        }

        var pool = $"the residual interest target of pool '{target.Pool}'";
        if (figures.Count == 0)
        {
            diagnostics.Report(label, DiagnosticCatalog.BadTarget, $"{pool} prints no figures after its label: a cover page prints the figures of the choice the firm states, e.g. 0 5 0 0 0 0 for b: 5 %");
            return null;
        }

        var present = markers.Count == 0 ? [0, 1, 2, 3] : markers.Order().ToArray();
        var slots = present.SelectMany(c => target.LinesOf(Choices[c])).ToArray();
        var afterAll = figures.All(f => f.Choice == (markers.Count == 0 ? null : markers[^1]));
        if (afterAll && (figures.Count > 2 || markers.Count == 0))
        {
            if (figures.Count != slots.Length)
            {
                diagnostics.Report(figures[figures.Count > slots.Length ? slots.Length : 0].At, DiagnosticCatalog.BadTarget,
                    $"{pool} prints {figures.Count} figure(s) after its choices, not the {slots.Length} of choices {Names(present)}, e.g. 0 5 0 0 0 0 for b: 5 %");
                return null;
            }

            return figures.Select((f, i) => new TargetFigure(slots[i], f.Value, f.At, Chosen: false)).ToArray();
        }

        return Interleaved(figures, target, pool, diagnostics);
    }

    /// <summary>Each figure belongs to the choice whose wording it follows, its low end first for a range.</summary>
    private static TargetFigure[]? Interleaved(List<(decimal Value, SourcePosition At, int? Choice)> figures, ResidualInterestTarget target, string pool, DiagnosticBag diagnostics)
    {
        var placed = new List<TargetFigure>();
        foreach (var group in figures.GroupBy(f => f.Choice))
        {
            var items = group.ToArray();
            if (group.Key is not { } choice)
            {
                diagnostics.Report(items[0].At, DiagnosticCatalog.BadTarget, $"{pool}: the figure {items[0].Value} comes before the wording of any choice (a. to d.), so it belongs to none");
                return null;
            }

            var lines = target.LinesOf(Choices[choice]);
            if (items.Length > lines.Count)
            {
                diagnostics.Report(items[lines.Count].At, DiagnosticCatalog.BadTarget,
                    $"{pool}: choice {(char)('a' + choice)} takes {lines.Count} figure(s), and {items[lines.Count].Value} here is one more");
                return null;
            }

            placed.AddRange(items.Select((f, i) => new TargetFigure(lines[i], f.Value, f.At, Chosen: false)));
        }

        return placed.ToArray();
    }

    /// <summary>How many words after word <paramref name="index"/> a page number (<c>Page 2</c>, <c>Page 2 of 4</c>) takes; null when it is none.</summary>
    private static int? PageNumber(IReadOnlyList<FilingWord> words, int index)
    {
        if (!words[index].Text.Equals("Page", StringComparison.OrdinalIgnoreCase) || index + 1 >= words.Count || !words[index + 1].Text.All(char.IsAsciiDigit))
        {
            return null;
        }

        return index + 3 < words.Count && words[index + 2].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && words[index + 3].Text.All(char.IsAsciiDigit) ? 3 : 1;
    }

    private static string Names(int[] present) =>
        string.Join(", ", present.Select(c => c switch { 0 => "a", 1 => "b", 2 => "c (low, high)", _ => "d (low, high)" }));

    /// <summary>The word without the punctuation and units the cover page's wording puts around a figure (<c>$</c>, <c>%</c>, <c>;</c>).</summary>
    private static string Bare(string text) => text.TrimStart('$').TrimEnd(';', ':', '%', '.', ',').TrimEnd('%');

    [GeneratedRegex(@"^\(?([a-dA-D])[.)]$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\d{1,2}\.$")]
    private static partial Regex LineNumber();
}
