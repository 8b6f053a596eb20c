using System.Globalization;
using System.Text.RegularExpressions;

namespace SegRules.Engine.Balances;

/// <summary>Parses figures as balances files and filings write them: digits, an optional sign, cents, thousands separators.</summary>
public static partial class Money
{
    /// <summary>The most decimal places a figure may have (dollars and cents).</summary>
    public const int MaxDecimals = 2;

    /// <summary>
    /// The longest figure text read: 64 characters. The largest decimal with thousands separators, a
    /// sign and cents is 43 characters (-79,228,162,514,264,337,593,543,950,335.00); anything longer is
    /// refused before it is parsed or quoted.
    /// </summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="text"/> is too long to be a figure (see <see cref="MaxLength"/>).</summary>
    public static bool IsTooLong(string text) => text.Trim().Length > MaxLength;

    /// <summary>Parses <paramref name="text"/>; false when it is not a plain decimal number (or is longer than <see cref="MaxLength"/>).</summary>
    public static bool TryParse(string text, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength || !Shape().IsMatch(trimmed))
        {
            return false;
        }

        var point = trimmed.IndexOf('.', StringComparison.Ordinal);
        decimals = point < 0 ? 0 : trimmed.Length - point - 1;
        return decimal.TryParse(trimmed.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex Shape();
}
