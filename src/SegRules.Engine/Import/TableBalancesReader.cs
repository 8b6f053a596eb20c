using System.Globalization;
using System.Security.Cryptography;
using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads balances kept as a table, in CSV or in an Excel sheet: one row per line, <c>code,value</c>
/// or <c>code,label,value</c> (the label is for people and is not read), optionally under a header
/// row naming the columns (<c>code</c>, <c>label</c>, <c>value</c>, <c>filed</c>). Rows whose first
/// cell is <c>firm</c>, <c>as_of</c> or <c>form</c> carry those in their next non-blank cell; the
/// cover page targets are given by their lines' ids (<c>seg_target_percent,5</c>); a row
/// <c>statements,secured,swaps</c> lists the statements the table holds (default all). Blank rows and
/// rows starting with <c>#</c> are skipped. Every problem names the cell's row and column.
/// </summary>
public static class TableBalancesReader
{
    private static readonly string[] Columns = ["code", "label", "value", "filed"];
    private static readonly string[] HeaderFields = ["firm", "as_of", "form"];

    /// <summary>Reads the CSV file at <paramref name="path"/>.</summary>
    public static BalancesFile? ReadCsv(string path, DiagnosticBag diagnostics)
    {
        var display = SourceFiles.Display(path);
        if (SourceFiles.TryRead(path, display, diagnostics, SourceFiles.ReadBytes) is not { } bytes)
        {
            return null;
        }

        var rows = CsvTable.Parse(display, System.Text.Encoding.UTF8.GetString(bytes), diagnostics);
        return rows is null ? null : FromRows(display, rows, Hash(bytes), diagnostics);
    }

    /// <summary>Reads the balances sheet of the Excel workbook at <paramref name="path"/>.</summary>
    public static BalancesFile? ReadXlsx(string path, DiagnosticBag diagnostics)
    {
        var display = SourceFiles.Display(path);
        if (SourceFiles.TryRead(path, display, diagnostics, SourceFiles.ReadBytes) is not { } bytes)
        {
            return null;
        }

        var rows = XlsxTable.Read(bytes, display, diagnostics);
        return rows is null ? null : FromRows(display, rows, Hash(bytes), diagnostics);
    }

    /// <summary>Reads balances from table rows, naming <paramref name="display"/> in positions.</summary>
    public static BalancesFile? FromRows(string display, IReadOnlyList<TableRow> rows, string sourceHash, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var content = rows.Where(r => !r.IsBlank && !r.Cells[0].Text.TrimStart().StartsWith('#')).ToArray();
        var fields = new Dictionary<string, TableCell>(StringComparer.Ordinal);
        var header = content.FirstOrDefault(r => Key(r) == "code");
        var layout = header is null ? null : Layout(header, diagnostics);
        var values = new List<BalanceFigure>();
        var filed = new List<BalanceFigure>();
        var seen = new Dictionary<string, TableCell>(StringComparer.Ordinal);
        List<ScalarNode>? statements = null;
        SourcePosition? statementsAt = null;
        foreach (var row in content.Where(r => r != header))
        {
            if (Key(row) == "statements")
            {
                statementsAt ??= row.Cells[0].Position;
                statements ??= [];
                statements.AddRange(row.Cells.Skip(1).Where(c => !c.IsBlank).Select(c => new ScalarNode(c.Text.Trim(), ScalarWriting.Plain, c.Position)));
                continue;
            }

            if (HeaderFields.Contains(Key(row)))
            {
                Field(row, fields, diagnostics);
                continue;
            }

            layout ??= Inferred(row, diagnostics);
            if (layout is null)
            {
                break;
            }

            var code = row.Cells[0];
            var key = code.Text.Trim().Trim('[', ']');
            if (key.Length == 0)
            {
                diagnostics.Report(code.Position, DiagnosticCatalog.MalformedTable, "the row has figures but no code in column 1: write the line's code (7010) or id");
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                diagnostics.Report(code.Position, DiagnosticCatalog.DuplicateKey, key, first.Position.Line, first.Position.Column);
                continue;
            }

            seen.Add(key, code);
            var node = new ScalarNode(key, ScalarWriting.Plain, code.Position);
            Figure(row, layout.Value.Value, node, $"line {key}", values, diagnostics, required: layout.Value.Filed is not { } filedAt || IsBlank(row, filedAt));
            if (layout.Value.Filed is { } filedColumn)
            {
                Figure(row, filedColumn, node, $"the filed figure of line {key}", filed, diagnostics, required: false);
            }
        }

        var start = new SourcePosition(display, 1, 1);
        var firm = Required(fields, "firm", "a row firm,NAME, e.g. firm,Credit Suisse Securities (USA) LLC", start, diagnostics);
        var asOf = Date(fields, start, diagnostics);
        var form = fields.TryGetValue("form", out var formCell) ? formCell.Text.Trim() : BalancesReader.DefaultForm;
        return diagnostics.Items.Count != before
            ? null
            : new BalancesFile(display, firm, asOf, fields.TryGetValue("as_of", out var at) ? at.Position : start, form,
                values, header?.Cells[0].Position ?? start, [], [], filed, sourceHash)
            {
                Statements = statements,
                StatementsPosition = statementsAt,
            };
    }

    /// <summary>The columns of the value and the filed figure, by the header's names; null when the header is unusable.</summary>
    private static (int Value, int? Filed)? Layout(TableRow header, DiagnosticBag diagnostics)
    {
        var names = header.Cells.Select(c => c.Text.Trim().ToLowerInvariant()).ToArray();
        var ok = true;
        for (var i = 0; i < names.Length; i++)
        {
            var firstAt = Array.IndexOf(names, names[i]);
            if (names[i].Length == 0)
            {
                continue;
            }

            if (firstAt != i)
            {
                diagnostics.Report(header.Cells[i].Position, DiagnosticCatalog.DuplicateKey, names[i], header.Cells[firstAt].Position.Line, firstAt + 1);
                ok = false;
            }
            else if (!Columns.Contains(names[i]))
            {
                var suggestion = Spelling.Nearest(names[i], Columns);
                diagnostics.Report(header.Cells[i].Position, DiagnosticCatalog.UnknownKey, names[i], "the header row",
                    suggestion is null ? "" : $" (did you mean '{suggestion}'?)", string.Join(", ", Columns));
                ok = false;
            }
        }

        var value = Array.IndexOf(names, "value");
        var filed = Array.IndexOf(names, "filed");
        if (ok && value < 0 && filed < 0)
        {
            diagnostics.Report(header.Cells[0].Position, DiagnosticCatalog.MalformedTable, "the header row names no 'value' (or 'filed') column: name the column of the figures");
            ok = false;
        }

        return ok ? (value, filed < 0 ? null : filed) : null;
    }

    /// <summary>Without a header, two cells are code and value and three are code, label and value.</summary>
    private static (int Value, int? Filed)? Inferred(TableRow row, DiagnosticBag diagnostics)
    {
        switch (row.Cells.Count)
        {
            case 2:
                return (1, null);
            case 3:
                return (2, null);
            default:
                diagnostics.Report(row.Cells[0].Position, DiagnosticCatalog.MalformedTable,
                    $"the first row of figures has {row.Cells.Count} cell(s): write code,value or code,label,value, or name the columns in a header row (code,label,value,filed)");
                return null;
        }
    }

    private static void Figure(TableRow row, int column, ScalarNode key, string what, List<BalanceFigure> into, DiagnosticBag diagnostics, bool required)
    {
        if (column < 0 || IsBlank(row, column))
        {
            if (required)
            {
                var at = column < 0 ? row.Cells[^1].Position : new SourcePosition(key.Start.File, key.Start.Line, column + 1);
                diagnostics.Report(at, DiagnosticCatalog.NotANumber, "", what);
            }

            return;
        }

        var cell = row[column]!;
        var text = cell.Text.Trim();
        if (Money.IsTooLong(text))
        {
            diagnostics.Report(cell.Position, DiagnosticCatalog.FigureTooLong, what, text.Length, Money.MaxLength);
        }
        else if (!Money.TryParse(text, out var value, out var decimals))
        {
            diagnostics.Report(cell.Position, DiagnosticCatalog.NotANumber, text, what);
        }
        else if (decimals > Money.MaxDecimals)
        {
            diagnostics.Report(cell.Position, DiagnosticCatalog.TooManyDecimals, text, what);
        }
        else
        {
            into.Add(new BalanceFigure(key, value));
        }
    }

    private static void Field(TableRow row, Dictionary<string, TableCell> fields, DiagnosticBag diagnostics)
    {
        var name = row.Cells[0];
        var key = Key(row)!;
        if (fields.TryGetValue(key, out var first))
        {
            diagnostics.Report(name.Position, DiagnosticCatalog.DuplicateKey, key, first.Position.Line, first.Position.Column);
            return;
        }

        var value = row.Cells.Skip(1).FirstOrDefault(c => !c.IsBlank);
        if (value is null)
        {
            diagnostics.Report(name.Position, DiagnosticCatalog.MissingKey, $"the row {key}", "value", $"write it in the next cell, e.g. {key},{(key == "as_of" ? "2017-12-26" : "...")}");
            fields[key] = name with { Text = "" };
            return;
        }

        fields[key] = value;
    }

    private static string? Required(Dictionary<string, TableCell> fields, string key, string hint, SourcePosition start, DiagnosticBag diagnostics)
    {
        if (fields.TryGetValue(key, out var cell))
        {
            return cell.Text.Trim();
        }

        diagnostics.Report(start, DiagnosticCatalog.MissingKey, "the balances table", key, hint);
        return null;
    }

    private static DateOnly? Date(Dictionary<string, TableCell> fields, SourcePosition start, DiagnosticBag diagnostics)
    {
        if (Required(fields, "as_of", "a row as_of,DATE, e.g. as_of,2017-12-26", start, diagnostics) is not { Length: > 0 } text)
        {
            return null;
        }

        var cell = fields["as_of"];
        if (cell.IsNumber && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            // A workbook stores a date as the number of days since 1899-12-30.
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Report(cell.Position, DiagnosticCatalog.InvalidValue, text, "date for as_of", "write a real calendar date as yyyy-MM-dd");
        return null;
    }

    private static string? Key(TableRow row) => row.Cells.Count == 0 ? null : row.Cells[0].Text.Trim().ToLowerInvariant();

    private static bool IsBlank(TableRow row, int column) => row[column] is not { IsBlank: false };

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
