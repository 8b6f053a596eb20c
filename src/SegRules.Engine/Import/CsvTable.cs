using System.Text;
using CsvHelper;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads comma-separated text as RFC 4180 writes it, with CsvHelper: fields in double quotes may hold
/// commas, line breaks and doubled quotes (<c>""</c>). A cell's position is its row (the record's
/// number, which is the line number unless a quoted field spans lines) and its column (the field's
/// number). A quoted field that never closes, or text after a closing quote, is refused at the field.
/// </summary>
public static class CsvTable
{
    /// <summary>The rows of <paramref name="text"/>; null with the problem reported when the quoting is broken.</summary>
    public static IReadOnlyList<TableRow>? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        CsvMalformedRecord? malformed = null;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = false,
            OnMalformedRecord = record => malformed ??= record.Reason == CsvMalformedReason.StrayQuote ? null : record,
        };
        using var reader = CsvReader.FromText(text, options);
        var rows = new List<TableRow>();
        while (reader.Read())
        {
            var row = (int)reader.RowNumber;
            if (malformed is { } bad)
            {
                var at = new SourcePosition(file, row, Column(bad, reader.ByteOffset));
                diagnostics.Report(at, DiagnosticCatalog.MalformedTable, bad.Reason == CsvMalformedReason.UnterminatedQuote
                    ? "a quoted field has no closing quote: close it with \""
                    : "text follows a quoted field's closing quote: put the whole field in quotes, and write a quote inside it as \"\"");
                return null;
            }

            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => new TableCell(reader.GetString(i), new SourcePosition(file, row, i + 1))).ToList();
            var last = cells.FindLastIndex(c => !c.IsBlank);
            rows.Add(new TableRow(cells.Take(last + 1).ToArray()));
        }

        return rows;
    }

    /// <summary>The number of the field where <paramref name="bad"/>'s problem is: the separators outside quotes before it, plus one.</summary>
    private static int Column(CsvMalformedRecord bad, long recordStart)
    {
        var raw = Encoding.UTF8.GetBytes(bad.RawRecord);
        var before = Encoding.UTF8.GetString(raw, 0, (int)Math.Clamp(bad.ByteOffset - recordStart, 0, raw.Length));
        var (column, quoted) = (1, false);
        foreach (var c in before)
        {
            quoted ^= c == '"';
            column += !quoted && c == ',' ? 1 : 0;
        }

        return column;
    }
}
