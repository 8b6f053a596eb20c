using System.Globalization;

namespace SegRules.Host.Output;

/// <summary>
/// Cells of the CSV files the CLI writes (RFC 4180). A text cell a spreadsheet would run as a
/// formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) is neutralised as OWASP
/// recommends, by a leading single quote; figures are numbers the program formats itself and go out
/// as they are, so a negative figure stays a number.
/// </summary>
public static class CsvCell
{
    /// <summary>A text cell: neutralised, then quoted when it holds a comma, quote or line break.</summary>
    public static string Text(string? text) =>
        text is null ? "" : Quote(text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text);

    /// <summary>A figure, exactly, in invariant form (e.g. <c>-317239096.5</c>); blank when there is none.</summary>
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
