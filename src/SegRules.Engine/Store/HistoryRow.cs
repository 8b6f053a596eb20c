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
/// <param name="Line">The followed line's value (<c>history --line</c>); null when no line is followed.</param>
public sealed record HistoryRow(EvaluationRecord Record, IReadOnlyList<PoolFigures> Pools, FindingRecord? Worst, int Fired, SeriesValue? Line)
{
    /// <summary>The row of <paramref name="record"/>, with the value of <paramref name="series"/>' line when one is followed.</summary>
    public static HistoryRow Of(EvaluationRecord record, Rules.LineSeries? series = null)
    {
        var fired = record.Findings.Where(f => f.Status == "fired").ToArray();
        var pools = PoolLines.DailySeg.Select(p => new PoolFigures(p.Pool, Figure(record, p.Excess), Figure(record, p.Target), Figure(record, p.OverTarget))).ToArray();
        return new HistoryRow(record, pools, fired.OrderByDescending(Rank).FirstOrDefault(), fired.Length, series is null ? null : SeriesValue.Of(record, series));
    }

    /// <summary>The worst finding's severity; null when none fired.</summary>
    public Severity? WorstSeverity => Worst?.ToFinding()?.Severity;

    private static int Rank(FindingRecord finding) => (int?)finding.ToFinding()?.Severity ?? -1;

    private static decimal? Figure(EvaluationRecord record, string key) => record.Lines.TryGetValue(key, out var value) ? value : null;
}
