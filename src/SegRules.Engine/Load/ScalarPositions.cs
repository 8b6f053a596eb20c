using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>
/// Works out where each character of a scalar's value was written, by reading its source again the
/// way YAML does: folding line breaks, dropping indentation, decoding escapes. The result is checked
/// against the value the parser produced; where they differ (a form this reader does not follow,
/// such as an explicit indentation indicator) only the scalar's start is claimed, never a wrong column.
/// </summary>
internal static class ScalarPositions
{
    /// <summary>
    /// The position of each character of <paramref name="value"/> and one past its end; null when the
    /// value is written out unchanged on its first line, right after the opening quote if any.
    /// </summary>
    public static IReadOnlyList<SourcePosition>? Of(string value, ScalarWriting style, SourcePosition start, SourcePosition end, string[] lines)
    {
        var block = style is ScalarWriting.Literal or ScalarWriting.Folded;
        var first = start.Column - 1 + (style is ScalarWriting.SingleQuoted or ScalarWriting.DoubleQuoted ? 1 : 0);
        var firstLine = Line(lines, start.Line - 1);
        if (!block && first + value.Length <= firstLine.Length && string.CompareOrdinal(firstLine, first, value, 0, value.Length) == 0)
        {
            return null;
        }

        var trace = new ScalarTrace(start.File);
        var read = block
            ? ReadBlock(lines, start.Line, style == ScalarWriting.Folded, trace)
            : ReadFlow(lines, (start.Line - 1, first), (end.Line - 1, end.Column - 1), style, trace);
        var same = block ? trace.Text.TrimEnd('\n') == value.TrimEnd('\n') : trace.Text == value;
        return read && same ? trace.Positions : [start];
    }

    /// <summary>A plain or quoted scalar from just after its opening quote: line breaks fold, '' and escapes decode.</summary>
    private static bool ReadFlow(string[] lines, (int Line, int Column) at, (int Line, int Column) end, ScalarWriting style, ScalarTrace trace)
    {
        var (line, column) = at;
        while (line < lines.Length)
        {
            var text = Line(lines, line);
            if (style == ScalarWriting.Plain && (line, column).CompareTo(end) >= 0)
            {
                return trace.End(line, column);
            }

            if (column >= text.Length)
            {
                trace.TrimTrailingBlanks();
                var next = line + 1;
                while (next < lines.Length && IsBlank(Line(lines, next)))
                {
                    next++;
                }

                trace.Add(next == line + 1 ? " " : new string('\n', next - line - 1), line, text.Length);
                (line, column) = (next, next < lines.Length ? Indent(Line(lines, next)) : 0);
                continue;
            }

            var c = text[column];
            var following = column + 1 < text.Length ? text[column + 1] : '\n';
            switch (style)
            {
                case ScalarWriting.SingleQuoted when c == '\'' && following == '\'':
                    trace.Add("'", line, column);
                    column += 2;
                    break;
                case ScalarWriting.SingleQuoted when c == '\'':
                case ScalarWriting.DoubleQuoted when c == '"':
                    return trace.End(line, column);
                case ScalarWriting.DoubleQuoted when c == '\\' && following == '\n':
                    // An escaped line break joins the lines with nothing between them.
                    line++;
                    column = line < lines.Length ? Indent(Line(lines, line)) : 0;
                    break;
                case ScalarWriting.DoubleQuoted when c == '\\':
                    if (DoubleQuotedEscape.Decode(text, column) is not { } escape)
                    {
                        return false;
                    }

                    trace.AddKept(escape.Value, line, column);
                    column += escape.Length;
                    break;
                default:
                    trace.Add(c.ToString(), line, column);
                    column++;
                    break;
            }
        }

        return false;
    }

    /// <summary>A literal (<c>|</c>) or folded (<c>&gt;</c>) block whose indicator is on line <paramref name="indicatorLine"/> (1-based).</summary>
    private static bool ReadBlock(string[] lines, int indicatorLine, bool folded, ScalarTrace trace)
    {
        var indent = -1;
        var blanks = 0;
        (string Text, int Line)? previous = null;
        for (var line = indicatorLine; line < lines.Length; line++)
        {
            var text = Line(lines, line);
            if (IsBlank(text))
            {
                blanks++;
                continue;
            }

            indent = indent < 0 ? Indent(text) : indent;
            if (Indent(text) < indent)
            {
                break;
            }

            if (previous is not { } before)
            {
                trace.Add(new string('\n', blanks), line, indent);
            }
            else if (folded && !MoreIndented(before.Text, indent) && !MoreIndented(text, indent))
            {
                trace.Add(blanks == 0 ? " " : new string('\n', blanks), before.Line, before.Text.Length);
            }
            else
            {
                trace.Add(new string('\n', blanks + 1), before.Line, before.Text.Length);
            }

            for (var column = indent; column < text.Length; column++)
            {
                trace.Add(text[column].ToString(), line, column);
            }

            previous = (text, line);
            blanks = 0;
        }

        return previous is { } last && trace.End(last.Line, last.Text.Length);
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index].TrimEnd('\r') : "";

    private static bool IsBlank(string line) => line.AsSpan().Trim(" \t").IsEmpty;

    private static int Indent(string line) => line.Length - line.TrimStart(' ', '\t').Length;

    private static bool MoreIndented(string line, int indent) => line.Length > indent && line[indent] is ' ' or '\t';
}
