using System.Text;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads comma-separated text as RFC 4180 writes it: fields in double quotes may hold commas, line
/// breaks and doubled quotes (<c>""</c>). A cell's position is its row (the record's number, which
/// is the line number unless a quoted field spans lines) and its column (the field's number).
/// </summary>
public static class CsvTable
{
    /// <summary>The rows of <paramref name="text"/>; null with the problem reported when the quoting is broken.</summary>
    public static IReadOnlyList<TableRow>? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var rows = new List<TableRow>();
        var cells = new List<TableCell>();
        var field = new StringBuilder();
        var row = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i <= text.Length)
        {
            var at = new SourcePosition(file, row, cells.Count + 1);
            if (i < text.Length && text[i] == '"')
            {
                i = Quoted(text, i + 1, field);
                if (i < 0)
                {
                    diagnostics.Report(at, DiagnosticCatalog.MalformedTable, "a quoted field has no closing quote: close it with \"");
                    return null;
                }

                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    diagnostics.Report(at, DiagnosticCatalog.MalformedTable, "text follows a quoted field's closing quote: put the whole field in quotes, and write a quote inside it as \"\"");
                    return null;
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    field.Append(text[i++]);
                }
            }

            cells.Add(new TableCell(field.ToString(), at));
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            i += i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n' ? 2 : 1;
            if (i <= text.Length || cells.Any(c => !c.IsBlank))
            {
                rows.Add(new TableRow(Trimmed(cells)));
            }

            cells = [];
            row++;
        }

        return rows;
    }

    /// <summary>Reads a quoted field's text from just after its opening quote; the index after its closing quote, or -1 when it never closes.</summary>
    private static int Quoted(string text, int i, StringBuilder field)
    {
        while (i < text.Length)
        {
            if (text[i] != '"')
            {
                field.Append(text[i++]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
            }
            else
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static TableCell[] Trimmed(List<TableCell> cells)
    {
        var last = cells.FindLastIndex(c => !c.IsBlank);
        return cells.Take(last + 1).ToArray();
    }
}
