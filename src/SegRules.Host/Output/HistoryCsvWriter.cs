using System.Globalization;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>Prints stored evaluations as CSV (RFC 4180), one row each, figures exact, for spreadsheets.</summary>
public static class HistoryCsvWriter
{
    /// <summary>Writes a header and <paramref name="rows"/>.</summary>
    public static void Write(IReadOnlyList<HistoryRow> rows, TextWriter output)
    {
        var header = new List<string> { "id", "as_of", "firm", "form", "version", "ruleset_hash" };
        foreach (var pool in PoolLines.DailySeg)
        {
            header.AddRange([$"{pool.Pool}_excess", $"{pool.Pool}_target", $"{pool.Pool}_over_target"]);
        }

        header.AddRange(["fired", "worst_severity", "worst_check", "worst_message", "evaluated_at", "source_file", "statements"]);
        output.WriteLine(string.Join(",", header));
        foreach (var row in rows)
        {
            var record = row.Record;
            var cells = new List<string?> { record.Id.ToString(CultureInfo.InvariantCulture), record.AsOf, record.Firm, record.Form, record.Version, record.RulesetHash };
            foreach (var pool in row.Pools)
            {
                cells.AddRange([Figure(pool.Excess), Figure(pool.Target), Figure(pool.OverTarget)]);
            }

            cells.AddRange([row.Fired.ToString(CultureInfo.InvariantCulture), row.Worst?.Severity, row.Worst?.Check, row.Worst?.Message,
                record.EvaluatedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), record.SourceFile,
                record.Statements is null ? "all" : string.Join(" ", record.Statements)]);
            output.WriteLine(string.Join(",", cells.Select(Quote)));
        }
    }

    private static string? Figure(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string? cell) =>
        cell is null ? "" : cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
