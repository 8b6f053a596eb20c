using System.Globalization;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>
/// Prints stored evaluations as CSV (RFC 4180), one row each, figures exact, for spreadsheets; with a
/// followed line (<c>--line</c>), three more columns: <c>line</c> (its newest key), <c>line_value</c> and
/// <c>line_from</c> (where the value came from, or why it is not comparable).
/// </summary>
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
        var followed = rows.Any(r => r.Line is not null);
        if (followed)
        {
            header.AddRange(["line", "line_value", "line_from"]);
        }

        output.WriteLine(string.Join(",", header.Select(CsvCell.Text)));
        foreach (var row in rows)
        {
            var record = row.Record;
            var cells = new List<string> { CsvCell.Number(record.Id) };
            cells.AddRange(new[] { record.AsOf, record.Firm, record.Form, record.Version, record.RulesetHash }.Select(CsvCell.Text));
            foreach (var pool in row.Pools)
            {
                cells.AddRange([CsvCell.Number(pool.Excess), CsvCell.Number(pool.Target), CsvCell.Number(pool.OverTarget)]);
            }

            cells.Add(CsvCell.Number(row.Fired));
            cells.AddRange(new[] { row.Worst?.Severity, row.Worst?.Check, row.Worst?.Message,
                record.EvaluatedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), record.SourceFile,
                record.Statements is null ? "all" : string.Join(" ", record.Statements) }.Select(CsvCell.Text));
            if (followed)
            {
                cells.AddRange([CsvCell.Text(row.Line?.Key), CsvCell.Number(row.Line?.Value), CsvCell.Text(row.Line?.Note)]);
            }

            output.WriteLine(string.Join(",", cells));
        }
    }
}
