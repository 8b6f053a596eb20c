using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>
/// Prints stored evaluations one row each: id, as-of date, firm, version, each pool's excess and
/// excess over target (blank where the version has no such line, or the evaluation does not hold
/// that pool's statement), the worst finding that fired, and, when some evaluation holds only
/// some statements (a holiday's), a column of the statements held (<c>all</c>, <c>secured+swaps</c>).
/// </summary>
public static class HistoryTableWriter
{
    private const int FirmWidth = 32;

    /// <summary>Writes <paramref name="rows"/> in the order given; <paramref name="withSource"/> adds the balances file of each.</summary>
    public static void Write(IReadOnlyList<HistoryRow> rows, TextWriter output, bool withSource = false)
    {
        var header = new List<string> { "ID", "AS OF", "FIRM", "VERSION" };
        foreach (var pool in PoolLines.DailySeg)
        {
            header.Add($"{pool.Pool.ToUpperInvariant()} EXCESS");
            header.Add("OVER TARGET");
        }

        header.Add("WORST FINDING");
        var holds = rows.Any(r => r.Record.Statements is not null);
        if (holds)
        {
            header.Add("HOLDS");
        }

        if (withSource)
        {
            header.Add("SOURCE");
        }

        var table = rows.Select(r => Cells(r, holds, withSource)).Prepend(header).ToArray();
        var widths = Enumerable.Range(0, header.Count).Select(i => table.Max(row => row[i].Length)).ToArray();
        foreach (var row in table)
        {
            var cells = row.Select((cell, i) => IsFigure(i) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    /// <summary>The worst finding as a table cell: <c>CRITICAL seg_deficiency (+2)</c>, or <c>-</c>.</summary>
    public static string Worst(HistoryRow row) => row.Worst is { } worst
        ? $"{worst.Severity.ToUpperInvariant()} {worst.Check}{(row.Fired > 1 ? $" (+{row.Fired - 1})" : "")}"
        : "-";

    private static bool IsFigure(int column) => column is >= 4 and < 10;

    private static List<string> Cells(HistoryRow row, bool holds, bool withSource)
    {
        var record = row.Record;
        var firm = record.Firm.Length > FirmWidth ? record.Firm[..(FirmWidth - 1)] + "…" : record.Firm;
        var cells = new List<string> { record.Id == 0 ? "-" : record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), record.AsOf, firm, record.Version };
        foreach (var pool in row.Pools)
        {
            cells.Add(Figure(pool.Excess));
            cells.Add(Figure(pool.OverTarget));
        }

        cells.Add(Worst(row));
        if (holds)
        {
            cells.Add(record.Statements is null ? "all" : string.Join("+", record.Statements));
        }

        if (withSource)
        {
            cells.Add(Path.GetFileName(record.SourceFile));
        }

        return cells;
    }

    private static string Figure(decimal? value) => value is { } v ? FigureFormat.Statement(v) : "";
}
