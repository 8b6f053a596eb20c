using SegRules.Engine.Evaluate;

namespace SegRules.Host.Output;

/// <summary>Writes the statement as CSV (RFC 4180: CRLF line ends, text cells neutralised and quoted by <see cref="CsvCell"/>), figures as plain numbers.</summary>
public static class StatementCsvWriter
{
    /// <summary>Writes the rows of <see cref="StatementRows"/> under a header row.</summary>
    public static void Write(Evaluation evaluation, TextWriter output)
    {
        WriteRow(output, StatementRows.Columns(evaluation).Select(CsvCell.Text).ToArray());
        foreach (var row in StatementRows.Rows(evaluation))
        {
            WriteRow(output, row.Select(cell => cell switch
            {
                decimal figure => CsvCell.Number(figure),
                null => "",
                var text => CsvCell.Text(text.ToString()),
            }).ToArray());
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        output.Write(string.Join(",", fields));
        output.Write("\r\n");
    }
}
