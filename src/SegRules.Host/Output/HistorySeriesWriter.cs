using System.Globalization;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>
/// Prints <c>history --line CODE</c>: one row per stored evaluation with the followed line's value
/// under its newest key, and where a value came from when the evaluation's version held it under
/// another key (<c>as [7190] in 2014-11-14 (renumbered in 2016-01-01)</c>) or holds nothing that
/// stands for it (<c>not comparable: ...</c>).
/// </summary>
public static class HistorySeriesWriter
{
    /// <summary>Writes <paramref name="rows"/> in the order given.</summary>
    public static void Write(IReadOnlyList<HistoryRow> rows, TextWriter output)
    {
        var key = rows.Select(r => r.Line?.Key).First(k => k is not null)!;
        string[] header = ["ID", "AS OF", "FIRM", "VERSION", $"[{key}]", "FROM"];
        var table = rows.Select(Cells).Prepend(header).ToArray();
        var widths = Enumerable.Range(0, header.Length).Select(i => table.Max(row => row[i].Length)).ToArray();
        foreach (var row in table)
        {
            var cells = row.Select((cell, i) => i == 4 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    private static string[] Cells(HistoryRow row)
    {
        var record = row.Record;
        var value = row.Line?.Value is { } v ? FigureFormat.Statement(v) : "";
        var from = row.Line is null ? $"(form {record.Form} not followed)" : row.Line.Note ?? (row.Line.Value is null ? "not in the stored evaluation" : "");
        return [record.Id.ToString(CultureInfo.InvariantCulture), record.AsOf, record.Firm, record.Version, value, from];
    }
}
