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
            output.WriteLine(string.Join(",", cells));
        }
    }
}
