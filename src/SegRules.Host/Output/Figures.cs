using System.Globalization;

namespace SegRules.Host.Output;

/// <summary>Formats figures as the filed statement prints them: thousands separators, cents only when there are any.</summary>
public static class Figures
{
    /// <summary>E.g. <c>3,436,213,699</c>, <c>-317,239,096</c>, <c>172,358,248.45</c>.</summary>
    public static string Format(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,##0" : "#,##0.00##########", CultureInfo.InvariantCulture);
}
