using System.Text;
using System.Text.RegularExpressions;

namespace SegRules.Tests.Properties;

/// <summary>
/// A filing's text re-flowed the way PDF extraction does it: some of the whitespace between its
/// words replaced by other whitespace (a space for a line break joins lines and concatenates pages,
/// a line break for a space splits a line or a label, runs of spaces and tabs change). The words
/// themselves, and so their order, never change.
/// </summary>
/// <param name="Original">The text re-flowed.</param>
/// <param name="Edits">Which gap (by index) gets which whitespace.</param>
public sealed partial record ReflowedFiling(string Original, IReadOnlyList<(int Gap, string Whitespace)> Edits)
{
    /// <summary>The whitespace a gap may become.</summary>
    public static readonly string[] Whitespace = [" ", "  ", "\t", "\n", "\n\n", " \n\t", "\n\n\n"];

    /// <summary>How many gaps between words <paramref name="text"/> has.</summary>
    public static int Gaps(string text) => Word().Matches(text).Count;

    /// <summary>The re-flowed text.</summary>
    public string Text
    {
        get
        {
            var edits = Edits.GroupBy(e => e.Gap).ToDictionary(g => g.Key, g => g.Last().Whitespace);
            var text = new StringBuilder();
            var gap = 0;
            foreach (Match word in Word().Matches(Original))
            {
                text.Append(word.Groups[1].Value);
                text.Append(edits.TryGetValue(gap++, out var whitespace) && word.Groups[2].Length > 0 ? whitespace : word.Groups[2].Value);
            }

            return text.ToString();
        }
    }

    /// <summary>True when some edit puts a line break at one of <paramref name="labelGaps"/>, the gaps inside the cover page labels.</summary>
    public bool SplitsAny(IEnumerable<int> labelGaps) => Edits.Any(e => e.Whitespace.Contains('\n', StringComparison.Ordinal) && labelGaps.Contains(e.Gap));

    /// <summary>The gaps inside the words of <paramref name="phrase"/> wherever <paramref name="phrase"/> occurs in <paramref name="text"/>.</summary>
    public static IEnumerable<int> GapsWithin(string text, string phrase)
    {
        var words = Word().Matches(text).ToArray();
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + phrase.Length;
            foreach (var i in Enumerable.Range(0, words.Length).Where(i => words[i].Groups[1].Index + words[i].Groups[1].Length > at && words[i].Groups[1].Index + words[i].Groups[1].Length < end))
            {
                yield return i;
            }

            at = text.IndexOf(phrase, end, StringComparison.Ordinal);
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Edits.Select(e => $"gap {e.Gap} -> {Regex.Escape(e.Whitespace)}"));

    [GeneratedRegex(@"(\S+)(\s*)")]
    private static partial Regex Word();
}
