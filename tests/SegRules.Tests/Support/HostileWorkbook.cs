using System.IO.Compression;
using System.Text;

namespace SegRules.Tests.Support;

/// <summary>
/// Writes hostile Excel workbooks: a valid package whose balances sheet is made of a repeated chunk,
/// streamed into the archive so a workbook that unpacks to gigabytes costs the test little.
/// </summary>
public static class HostileWorkbook
{
    /// <summary>A sheet of <paramref name="rows"/> empty rows (<c>&lt;row/&gt;</c>).</summary>
    public static string EmptyRows(string path, int rows) => Write(path, "<row/>", rows);

    /// <summary>A sheet padded with <paramref name="megabytes"/> MiB of spaces: a zip bomb.</summary>
    public static string Bomb(string path, int megabytes) => Write(path, new string(' ', 1024 * 1024), megabytes);

    /// <summary>A sheet of <paramref name="rows"/> rows of one text cell each.</summary>
    public static string TextRows(string path, int rows) =>
        Write(path, Enumerable.Range(1, rows).Select(r => $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));

    private static string Write(string path, string chunk, int times) => Write(path, Enumerable.Repeat(chunk, times));

    private static string Write(string path, IEnumerable<string> sheetData)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(archive, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Part(archive, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part(archive, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="balances" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part(archive, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        using var sheet = new StreamWriter(archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        foreach (var chunk in sheetData)
        {
            sheet.Write(chunk);
        }

        sheet.Write("</sheetData></worksheet>");
        return path;
    }

    private static void Part(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
