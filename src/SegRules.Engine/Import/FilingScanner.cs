using System.Text.RegularExpressions;
using SegRules.Engine.Diagnostics;

namespace SegRules.Engine.Import;

/// <summary>
/// Finds the coded figures of a filing's text: every <c>[code]</c> with the figure written just
/// before it, wherever the extraction put the two (on one line, or the figure at the end of one line
/// and the code on a later one). Text without a code is the form's wording and is not read here.
/// </summary>
public static partial class FilingScanner
{
    /// <summary>Every coded figure in text order; a code without a readable figure, or a bracketed word that is not a code, is reported.</summary>
    public static IReadOnlyList<FilingFigure> Scan(FilingText text, DiagnosticBag diagnostics)
    {
        var figures = new List<FilingFigure>();
        var words = text.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            foreach (Match bracket in Bracketed().Matches(word.Text))
            {
                var codeStart = word.Start.Offset(bracket.Index);
                var code = bracket.Groups[1].Value;
                if (!code.All(char.IsAsciiDigit))
                {
                    if (code.Any(char.IsAsciiDigit))
                    {
                        diagnostics.Report(codeStart, DiagnosticCatalog.UnreadableCode, bracket.Value);
                    }

                    continue;
                }

                var (figureText, figureStart) = bracket.Index > 0
                    ? (word.Text[..bracket.Index], word.Start)
                    : FigureBefore(words, i);
                if (FilingNumber.TryParse(figureText, out var value))
                {
                    figures.Add(new FilingFigure(code, value, figureText, figureStart, codeStart));
                }
                else
                {
                    diagnostics.Report(figureText.Length > 0 ? figureStart : codeStart, DiagnosticCatalog.UnreadableFigure, code, figureText);
                }
            }
        }

        return figures;
    }

    /// <summary>The word before word <paramref name="index"/>, joined to the word before it when a figure was broken across lines at a separator.</summary>
    private static (string Text, Model.SourcePosition Start) FigureBefore(IReadOnlyList<FilingWord> words, int index)
    {
        if (index == 0)
        {
            return ("", words[index].Start);
        }

        var previous = words[index - 1];
        if (index >= 2 && words[index - 2] is var broken && broken.Start.Line < previous.Start.Line
            && FilingNumber.IsBrokenStart(broken.Text) && FilingNumber.TryParse(broken.Text + previous.Text, out _))
        {
            return (broken.Text + previous.Text, broken.Start);
        }

        return (previous.Text, previous.Start);
    }

    [GeneratedRegex(@"\[([0-9A-Za-z]{1,10})\]")]
    private static partial Regex Bracketed();
}
