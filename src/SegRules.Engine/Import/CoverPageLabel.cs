namespace SegRules.Engine.Import;

/// <summary>
/// Finds a cover page label (<c>FCM's Customer Segregated Funds Residual Interest Target</c>) among a
/// filing's words however the extraction laid it out: across lines, with other whitespace, with the
/// apostrophe lost (<c>FCM s</c>, <c>FCMs</c>) or curled, in any case. Only letters and digits are
/// compared.
/// </summary>
public static class CoverPageLabel
{
    /// <summary>The first occurrence of <paramref name="label"/> in <paramref name="words"/>: its first word and the word after it; null when absent.</summary>
    public static (int Start, int End)? Find(IReadOnlyList<FilingWord> words, string label)
    {
        var wanted = Letters(label);
        for (var i = 0; i < words.Count; i++)
        {
            var first = Letters(words[i].Text);
            if (first.Length == 0 || !wanted.StartsWith(first, StringComparison.Ordinal))
            {
                continue;
            }

            var read = first;
            var next = i + 1;
            while (read.Length < wanted.Length && next < words.Count)
            {
                read += Letters(words[next++].Text);
            }

            if (read.StartsWith(wanted, StringComparison.Ordinal))
            {
                return (i, next);
            }
        }

        return null;
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
