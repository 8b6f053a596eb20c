using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SegRules.Tests.Support;

/// <summary>Writes small Excel workbooks for tests as Excel does: text in the shared string table, numbers as numbers.</summary>
public static class XlsxFile
{
    /// <summary>Writes sheets of rows (each cell text, a number, or null for none) to <paramref name="path"/>.</summary>
    public static string Write(string path, params (string Name, object?[][] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = new List<string>();
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    switch (rows[r][c])
                    {
                        case null:
                            break;
                        case string text:
                            strings.Add(text);
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Count - 1) });
                            break;
                        case var number:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture)) });
                            break;
                    }
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }

        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
        return path;
    }
}
