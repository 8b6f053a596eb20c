using System.Globalization;
using System.Text;

namespace SegRules.Host.Output;

/// <summary>
/// Text output for a terminal or a log: every control character (C0 including CR, LF and tab, DEL,
/// C1, escape sequences' ESC) and every bidirectional or line-separating format character in what
/// is written is shown escaped as <c>\u{XXXX}</c>, so a firm name, label or message cannot forge a
/// line, move the cursor or reorder what is shown. Only the line ends the program writes itself
/// (<see cref="TextWriter.WriteLine()"/>) end lines. The one escaping function for text output.
/// </summary>
public sealed class TerminalText(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <summary><paramref name="text"/> with every character that could forge output escaped.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(Unsafe))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(Unsafe(c) ? $"\\u{{{(int)c:X4}}}" : c);
        }

        return escaped.ToString();
    }

    /// <inheritdoc />
    public override void Write(char value) => inner.Write(Escape(value.ToString()));

    /// <inheritdoc />
    public override void Write(string? value) => inner.Write(Escape(value ?? ""));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine() => inner.WriteLine();

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    private static bool Unsafe(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
