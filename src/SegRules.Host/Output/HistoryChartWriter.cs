using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>
/// A small terminal chart of each pool's excess against its management target over time: one row per
/// evaluation (newest first, as the table above it), one bar per pool, each pool to its own scale.
/// </summary>
public static class HistoryChartWriter
{
    /// <summary>The most rows the chart shows (the newest).</summary>
    public const int MaxRows = 30;

    private const int Width = 24;
    private const char Excess = '█';
    private const char Target = '┃';
    private const char Deficiency = '✗';

    /// <summary>Writes the chart of <paramref name="rows"/> (newest first).</summary>
    public static void Write(IReadOnlyList<HistoryRow> rows, TextWriter output)
    {
        var shown = rows.Take(MaxRows).ToArray();
        var scales = PoolLines.DailySeg.Select((_, i) => shown.Select(r => Math.Max(r.Pools[i].Excess ?? 0, r.Pools[i].Target ?? 0)).DefaultIfEmpty(0).Max()).ToArray();
        output.WriteLine(rows.Count > MaxRows
            ? $"EXCESS AGAINST TARGET (the newest {MaxRows} of {rows.Count}; narrow with --from and --to)"
            : "EXCESS AGAINST TARGET");
        output.WriteLine($"  {Excess} excess   {Target} management target   {Deficiency} deficiency (excess below zero)");
        output.WriteLine($"  {"",-10}  {string.Join("  ", PoolLines.DailySeg.Select(p => p.Pool.PadRight(Width)))}".TrimEnd());
        foreach (var row in shown)
        {
            var bars = row.Pools.Select((pool, i) => Bar(pool, scales[i]).PadRight(Width));
            output.WriteLine($"  {row.Record.AsOf,-10}  {string.Join("  ", bars)}".TrimEnd());
        }

        output.WriteLine($"  full width: {string.Join("; ", PoolLines.DailySeg.Select((p, i) => $"{p.Pool} {FigureFormat.Statement(scales[i])}"))}");
    }

    /// <summary>One pool's bar: the excess as a run of blocks, the target as a mark on the same scale.</summary>
    public static string Bar(PoolFigures pool, decimal scale)
    {
        if (pool.Excess is not { } excess || scale <= 0)
        {
            return "";
        }

        var cells = Enumerable.Repeat(' ', Width).ToArray();
        if (excess < 0)
        {
            cells[0] = Deficiency;
        }
        else
        {
            Array.Fill(cells, Excess, 0, Cells(excess, scale));
        }

        if (pool.Target is { } target && target > 0)
        {
            cells[Math.Max(Cells(target, scale), 1) - 1] = Target;
        }

        return new string(cells).TrimEnd();
    }

    private static int Cells(decimal figure, decimal scale) => (int)Math.Clamp(Math.Round(figure / scale * Width), 0, Width);
}
