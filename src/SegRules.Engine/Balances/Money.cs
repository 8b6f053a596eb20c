using System.Globalization;
using System.Text.RegularExpressions;

namespace SegRules.Engine.Balances;

/// <summary>Parses figures as balances files and filings write them: digits, an optional sign, cents, thousands separators.</summary>
public static partial class Money
{
    /// <summary>The most decimal places a figure may have (dollars and cents).</summary>
    public const int MaxDecimals = 2;

    /// <summary>Parses <paramref name="text"/>; false when it is not a plain decimal number.</summary>
    public static bool TryParse(string text, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        var trimmed = text.Trim();
        if (!Shape().IsMatch(trimmed))
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
