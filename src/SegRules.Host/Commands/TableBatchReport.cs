using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>A batch as a table, one row per file (the columns of <c>history</c> plus the file), printed after the commit.</summary>
public sealed class TableBatchReport(TextWriter output, string? database) : IBatchReport
{
    private readonly List<HistoryRow> _rows = [];
    private long? _first;
    private long? _last;

    /// <inheritdoc />
    public void Add(Evaluation evaluation, EvaluationRecord? record, long? id)
    {
        record ??= EvaluationRecords.From(evaluation);
        record.Id = id ?? 0;
        // The table prints the record's heading, pool figures and worst finding: only those are kept,
        // so the report of a long batch stays small.
        _rows.Add(HistoryRow.Of(record) with { Record = Heading(record) });
        _first ??= id;
        _last = id ?? _last;
    }

    /// <inheritdoc />
    public void Complete()
    {
        output.WriteLine($"Evaluated {_rows.Count} balances files.");
        output.WriteLine(database is null ? "Stored:  no (--no-store)" : $"Stored:  evaluations {_first} to {_last} in {database}");
        output.WriteLine();
        HistoryTableWriter.Write(_rows, new TerminalText(output), withSource: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static EvaluationRecord Heading(EvaluationRecord record) => new()
    {
        Id = record.Id,
        Firm = record.Firm,
        AsOf = record.AsOf,
        Form = record.Form,
        Version = record.Version,
        Statements = record.Statements,
        SourceFile = record.SourceFile,
    };
}
