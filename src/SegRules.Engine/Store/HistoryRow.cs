using SegRules.Engine.Model;

namespace SegRules.Engine.Store;

/// <summary>
/// What a history shows of one stored evaluation: the record, each pool's excess against its target,
/// and the worst finding that fired. Data only; the command line prints it as a table, CSV or JSON.
/// </summary>
/// <param name="Record">The stored evaluation.</param>
/// <param name="Pools">The pools in <see cref="PoolLines.DailySeg"/> order.</param>
/// <param name="Worst">The fired finding of the highest severity (the first of them); null when none fired.</param>
/// <param name="Fired">How many findings fired.</param>
public sealed record HistoryRow(EvaluationRecord Record, IReadOnlyList<PoolFigures> Pools, FindingRecord? Worst, int Fired)
{
    /// <summary>The row of <paramref name="record"/>.</summary>
    public static HistoryRow Of(EvaluationRecord record)
    {
        var fired = record.Findings.Where(f => f.Status == "fired").ToArray();
        var pools = PoolLines.DailySeg.Select(p => new PoolFigures(p.Pool, Line(record, p.Excess), Line(record, p.Target), Line(record, p.OverTarget))).ToArray();
        return new HistoryRow(record, pools, fired.OrderByDescending(Rank).FirstOrDefault(), fired.Length);
    }

    /// <summary>The worst finding's severity; null when none fired.</summary>
    public Severity? WorstSeverity => Worst?.ToFinding()?.Severity;

    private static int Rank(FindingRecord finding) => (int?)finding.ToFinding()?.Severity ?? -1;

    private static decimal? Line(EvaluationRecord record, string key) => record.Lines.TryGetValue(key, out var value) ? value : null;
}
