using SegRules.Engine.Balances;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads one figure as filings print it: <c>3,436,213,699</c>, <c>-317,239,096</c>,
/// <c>(317,239,096)</c> for a negative, <c>172,358,248.45</c>, and the letter <c>o</c> that an
/// underlined zero (<c>&lt;u&gt;o&lt;/u&gt;</c>) becomes in the extracted text.
/// </summary>
public static class FilingNumber
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a figure in dollars and cents.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        if (text is "o" or "O")
        {
            value = 0;
            return true;
        }

        var negative = text.Length > 2 && text[0] == '(' && text[^1] == ')';
        var digits = negative ? text[1..^1] : text;
        if (negative && digits.StartsWith('-'))
        {
            value = 0;
            return false;
        }

        if (!Money.TryParse(digits, out value, out var decimals) || decimals > Money.MaxDecimals)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>True when <paramref name="text"/> is the first part of a figure broken at a thousands separator (<c>1,137,</c>).</summary>
    public static bool IsBrokenStart(string text) =>
        text.Length > 1 && text[^1] == ',' && TryParse(text[..^1], out _) && !text.Contains('.', StringComparison.Ordinal);
}
