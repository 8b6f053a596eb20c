using System.Globalization;

namespace SegRules.Engine.Evaluate;

/// <summary>Formats figures as the filed statement prints them, or with a message placeholder's format.</summary>
public static class FigureFormat
{
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    /// <summary>E.g. <c>3,436,213,699</c>, <c>-317,239,096</c>, <c>172,358,248.45</c>: thousands separators, cents only when there are any.</summary>
    public static string Statement(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,##0" : "#,##0.00##########", CultureInfo.InvariantCulture);

    /// <summary><paramref name="value"/> in <paramref name="format"/> (N0-N10, F0-F10, C0-C2), or the statement's style when null.</summary>
    public static string With(decimal value, string? format) => format is null ? Statement(value) : value.ToString(format, Dollars);
}
