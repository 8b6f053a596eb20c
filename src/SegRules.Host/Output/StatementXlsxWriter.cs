using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SegRules.Engine.Present;
using SegRules.Engine.Evaluate;

namespace SegRules.Host.Output;

/// <summary>
/// Writes the statement as an Excel workbook: a <c>statement</c> sheet with the columns of
/// <see cref="StatementRows"/> (figures as numbers), a <c>findings</c> sheet, and an <c>about</c>
/// sheet naming the firm, the date, the rules and the source.
/// </summary>
public static class StatementXlsxWriter
{
    private const uint Bold = 1;
    private const uint Dollars = 2;
    private const uint Cents = 3;

    /// <summary>Writes the workbook of <paramref name="evaluation"/> to <paramref name="stream"/>.</summary>
    public static void Write(Evaluation evaluation, StoredView? stored, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        AddSheet(workbook, "statement", StatementRows.Columns(evaluation), StatementRows.Rows(evaluation), [12, 8, 80, 10, 18, 18, 18]);
        AddSheet(workbook, "findings", ["severity", "status", "check", "title", "message", "citation", "action", "deadline"],
            evaluation.Findings.Select(f => new object?[]
            {
                f.Severity.ToString().ToLowerInvariant(), f.Status == FindingStatus.Fired ? "fired" : "not evaluated", f.Check.Value,
                f.Title, f.Message, f.Citation, f.Action, f.Deadline,
            }), [10, 14, 30, 50, 80, 40, 40, 20]);
        var form = evaluation.Form;
        var source = evaluation.Inputs.Source;
        AddSheet(workbook, "about", ["field", "value"],
        [
            ["firm", source.Firm], ["as_of", $"{source.AsOf:yyyy-MM-dd}"], ["form", form.Info.Title],
            ["rules", $"{form.Info.Form} {form.Info.Version} (in force {form.Info.EffectivePeriod})"], ["rule set", form.Hash],
            ["source", source.Path], ["stored", stored is null ? "no (--no-store)" : $"evaluation {stored.Id} in {stored.Database}"],
        ], [12, 80]);
    }

    private static void AddSheet(WorkbookPart workbook, string name, IReadOnlyList<string> header, IEnumerable<object?[]> rows, double[] widths)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData(Row(1, header.Cast<object?>().ToArray(), Bold));
        uint index = 2;
        foreach (var row in rows)
        {
            data.Append(Row(index++, row, 0));
        }

        var columns = new Columns(widths.Take(header.Count).Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        part.Worksheet = new Worksheet(columns, data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    private static Row Row(uint index, object?[] cells, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Length; i++)
        {
            var reference = $"{(char)('A' + i)}{index}";
            row.Append(cells[i] switch
            {
                decimal figure => new Cell { CellReference = reference, CellValue = new CellValue(figure), StyleIndex = figure == decimal.Truncate(figure) ? Dollars : Cents },
                null => new Cell { CellReference = reference },
                var text => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text.ToString()!) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = style,
                },
            });
        }

        return row;
    }

    /// <summary>Cell formats: 0 plain, 1 bold (headers), 2 whole dollars and 3 dollars and cents, with thousands separators.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }) { Count = 4 });
}
