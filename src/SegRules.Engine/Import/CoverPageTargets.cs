using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads the residual interest targets from a filing's cover page, wherever the extraction put its
/// line breaks: each pool's figures are the words between its label from the rules (found by
/// <see cref="CoverPageLabel"/>) and the next pool's label, or the end of the cover page (the next
/// page's header or the first coded figure). <see cref="CoverPageChoices"/> places them on the
/// choices and <see cref="CoverPageRule"/> checks them, as it checks targets from every source; the
/// one choice stated is the target, and a cover page whose figures are all 0 states choice a, an
/// amount of 0.
/// </summary>
public static class CoverPageTargets
{
    private static readonly string[] HeaderFields = ["Date:", "Name:", "Form:"];

    /// <summary>The target of every pool of <paramref name="form"/> whose label the filing prints.</summary>
    public static IReadOnlyList<TargetEntry> Read(FilingText text, FormDefinition form, DiagnosticBag diagnostics)
    {
        var words = text.Words;
        var labels = form.Targets
            .Select(target => (Target: target, Found: CoverPageLabel.Find(words, target.Label)))
            .Where(l => l.Found is not null)
            .Select(l => (l.Target, l.Found!.Value.Start, l.Found.Value.End))
            .OrderBy(l => l.Start)
            .ToArray();
        var entries = new List<TargetEntry>();
        for (var i = 0; i < labels.Length; i++)
        {
            var (target, start, end) = labels[i];
            var stop = i + 1 < labels.Length ? Math.Max(end, labels[i + 1].Start) : EndOfCoverPage(words, end);
            var label = words[start].Start;
            var figures = CoverPageChoices.Read(words.Skip(end).Take(stop - end).ToArray(), target, label, diagnostics);
            var lines = figures is null ? null : CoverPageRule.Resolve(target, figures, diagnostics);
            if (lines is null)
            {
                continue;
            }

            var pool = new ScalarNode(target.Pool, ScalarWriting.Plain, label);
            var choice = lines.Count == 0 ? "amount" : target.ChoiceOf(lines.Keys.First())!;
            var at = lines.Count == 0 ? label : figures!.First(f => f.Line == target.LinesOf(choice)[0]).At;
            entries.Add(new TargetEntry(pool, new ScalarNode(choice, ScalarWriting.Plain, at),
                target.LinesOf(choice).Select(l => lines.GetValueOrDefault(l)).ToArray()));
        }

        return entries;
    }

    /// <summary>The first word from <paramref name="from"/> that is no longer the cover page: a page header's field, or a coded figure (and its figure).</summary>
    private static int EndOfCoverPage(IReadOnlyList<FilingWord> words, int from)
    {
        for (var i = from; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (HeaderFields.Any(f => text.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }

            if (text.Contains('[', StringComparison.Ordinal) && text.Any(char.IsAsciiDigit))
            {
                return Math.Max(from, text[0] == '[' ? i - 1 : i);
            }
        }

        return words.Count;
    }
}
