using System.Text.RegularExpressions;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// The text of a filing as extracted from its PDF, with the markup the extraction leaves (<c>**</c>
/// for bold, <c>&lt;u&gt;</c> for underline) blanked out column for column, and cut into
/// whitespace-separated words that keep their line and column, so every later report points at the
/// original text.
/// </summary>
public sealed partial class FilingText
{
    private FilingText(string file, IReadOnlyList<string> lines, IReadOnlyList<FilingWord> words)
    {
        File = file;
        Lines = lines;
        Words = words;
    }

    /// <summary>The file named in positions.</summary>
    public string File { get; }

    /// <summary>Each line of the text with markup blanked out (index 0 is line 1).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Every word of the text in reading order.</summary>
    public IReadOnlyList<FilingWord> Words { get; }

    /// <summary>Reads <paramref name="text"/>, naming <paramref name="file"/> in positions.</summary>
    public static FilingText Parse(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => Markup().Replace(line, m => new string(' ', m.Length)))
            .ToArray();
        var words = new List<FilingWord>();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match word in Word().Matches(lines[i]))
            {
                words.Add(new FilingWord(word.Value, new SourcePosition(file, i + 1, word.Index + 1)));
            }
        }

        return new FilingText(file, lines, words);
    }

    /// <summary>The position of column <paramref name="index"/> (0-based) of line <paramref name="line"/> (1-based).</summary>
    public SourcePosition At(int line, int index) => new(File, line, index + 1);

    [GeneratedRegex(@"\*\*|</?[A-Za-z]+>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
