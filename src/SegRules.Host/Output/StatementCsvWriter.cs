using System.Globalization;
using SegRules.Engine.Evaluate;

namespace SegRules.Host.Output;

/// <summary>Writes the statement as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break), figures as plain numbers.</summary>
public static class StatementCsvWriter
{
    /// <summary>Writes the rows of <see cref="StatementRows"/> under a header row.</summary>
    public static void Write(Evaluation evaluation, TextWriter output)
    {
        WriteRow(output, StatementRows.Columns(evaluation));
        foreach (var row in StatementRows.Rows(evaluation))
        {
            WriteRow(output, row.Select(cell => cell switch
            {
                decimal figure => figure.ToString(CultureInfo.InvariantCulture),
                null => "",
                var text => text.ToString()!,
            }).ToArray());
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        output.Write(string.Join(",", fields.Select(Field)));
        output.Write("\r\n");
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
