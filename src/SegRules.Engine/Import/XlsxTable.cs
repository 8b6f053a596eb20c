using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads the balances sheet of an Excel workbook (.xlsx): the sheet named <c>balances</c> when there
/// is one, else the first. A cell's position is its row and column number (B12 is row 12, column 2).
/// Numbers are taken at the shortest text that reads back as the stored value, so 172358248.45
/// stays 172358248.45 and is not widened to the binary fraction Excel stores.
/// </summary>
public static class XlsxTable
{
    /// <summary>The name of the sheet read when a workbook has several.</summary>
    public const string SheetName = "balances";

    /// <summary>The most rows read from the balances sheet: 10,000 (a balances sheet has a few hundred).</summary>
    public const int MaxRows = 10_000;

    /// <summary>The most cells read from the balances sheet: 100,000.</summary>
    public const int MaxCells = 100_000;

    /// <summary>The rows of the balances sheet of the workbook <paramref name="bytes"/>; null with the problem reported when it cannot be read.</summary>
    public static IReadOnlyList<TableRow>? Read(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        try
        {
            if (WorkbookSize.Problem(bytes) is { } tooLarge)
            {
                diagnostics.ReportFile(display, DiagnosticCatalog.WorkbookTooLarge, tooLarge);
                return null;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToArray() ?? [];
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, SheetName, StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                diagnostics.ReportFile(display, DiagnosticCatalog.MalformedTable, "the workbook has no worksheet: put the balances on a sheet named balances");
                return null;
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            return Rows(part, strings, display, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The workbook's bytes are untrusted: a damaged package makes OpenXml throw whatever its parts
            // meet (ArgumentOutOfRangeException from a relationship id, KeyNotFoundException, XmlException...).
            // Every one of them means the same to the user: this is not a readable workbook.
            diagnostics.ReportFile(display, DiagnosticCatalog.MalformedTable, $"cannot read it as an Excel workbook (.xlsx): {e.Message}");
        }

        return null;
    }

    /// <summary>The sheet's rows, read one at a time so that a sheet of millions of rows is refused at the limit, not loaded.</summary>
    private static List<TableRow>? Rows(WorksheetPart part, string[] strings, string display, DiagnosticBag diagnostics)
    {
        var rows = new List<TableRow>();
        var cells = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var element = (Row)reader.LoadCurrentElement()!;
            var row = Row(element, strings, display);
            cells += row.Cells.Count;
            if (rows.Count >= MaxRows || cells > MaxCells)
            {
                var at = new SourcePosition(display, (int)Math.Min(int.MaxValue, element.RowIndex?.Value ?? (uint)rows.Count + 1), 1);
                diagnostics.Report(at, DiagnosticCatalog.WorkbookTooLarge, rows.Count >= MaxRows
                    ? string.Create(CultureInfo.InvariantCulture, $"the balances sheet has more than {MaxRows:N0} rows")
                    : string.Create(CultureInfo.InvariantCulture, $"the balances sheet has more than {MaxCells:N0} cells"));
                return null;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static TableRow Row(Row row, string[] strings, string display)
    {
        var number = (int)(row.RowIndex?.Value ?? 0);
        var cells = new List<TableCell>();
        foreach (var cell in row.Elements<Cell>())
        {
            var (rowIndex, column) = Reference(cell.CellReference?.Value, number, cells.Count + 1);
            while (cells.Count < column - 1)
            {
                cells.Add(new TableCell("", new SourcePosition(display, rowIndex, cells.Count + 1)));
            }

            var (text, isNumber) = Value(cell, strings);
            cells.Add(new TableCell(text, new SourcePosition(display, rowIndex, column), isNumber));
        }

        var last = cells.FindLastIndex(c => !c.IsBlank);
        return new TableRow(cells.Take(last + 1).ToArray());
    }

    private static (string Text, bool IsNumber) Value(Cell cell, string[] strings)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : "", false);
        }

        if (type == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText ?? "", false);
        }

        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            // The shortest round-trip text of the double is what was typed (Excel keeps 15 significant digits).
            var shortest = number.ToString("R", CultureInfo.InvariantCulture);
            return (shortest.Contains('E', StringComparison.Ordinal)
                ? decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
                : shortest, true);
        }

        return (raw, false);
    }

    /// <summary>The row and column of a reference such as <c>B12</c>; the row's number and the next column when the cell has none.</summary>
    private static (int Row, int Column) Reference(string? reference, int row, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return (row, next);
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + char.ToUpperInvariant(reference[i]) - 'A' + 1;
        }

        return (int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : row, column);
    }
}
