using System.Globalization;

namespace SegRules.Engine.Load;

/// <summary>The escape sequences of a YAML double-quoted scalar.</summary>
internal static class DoubleQuotedEscape
{
    /// <summary>The characters the escape at <paramref name="at"/> (a backslash) stands for and its length in the source; null when it is not one.</summary>
    public static (string Value, int Length)? Decode(string text, int at)
    {
        if (at + 1 >= text.Length)
        {
            return null;
        }

        var code = text[at + 1];
        var digits = code switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits > 0)
        {
            return at + 2 + digits <= text.Length
                && int.TryParse(text.AsSpan(at + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var point)
                && point is >= 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF)
                    ? (char.ConvertFromUtf32(point), 2 + digits)
                    : null;
        }

        var value = code switch
        {
            '0' => "\0", 'a' => "\a", 'b' => "\b", 't' or '\t' => "\t", 'n' => "\n", 'v' => "\v", 'f' => "\f", 'r' => "\r",
            'e' => "\u001b", ' ' => " ", '"' => "\"", '/' => "/", '\\' => "\\", 'N' => "\u0085", '_' => "\u00a0", 'L' => "\u2028", 'P' => "\u2029",
            _ => null,
        };
        return value is null ? null : (value, 2);
    }
}
