using SegRules.Engine.Store;

namespace SegRules.Engine.Present;

/// <summary>
/// One stored evaluation as a history lists it: identity, each pool's excess against its management
/// target (null where the version has no such line), the worst finding that fired, and provenance.
/// </summary>
/// <param name="Id">The record's id.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Firm">The firm.</param>
/// <param name="Form">The form id.</param>
/// <param name="Version">The version id.</param>
/// <param name="RulesetHash">The rule set's content hash.</param>
/// <param name="Statements">The statements the evaluation holds; null for a record stored before they were kept.</param>
/// <param name="Pools">Each pool's figures by pool name, in <see cref="PoolLines.DailySeg"/> order.</param>
/// <param name="Fired">How many findings fired.</param>
/// <param name="WorstFinding">The worst one that fired; null when none did.</param>
/// <param name="EvaluatedAt">When it ran (UTC).</param>
/// <param name="User">Who ran it.</param>
/// <param name="Host">On which machine.</param>
/// <param name="SourceFile">The balances file.</param>
/// <param name="SourceHash">Its SHA-256.</param>
/// <param name="EngineVersion">Which SegRules.</param>
/// <param name="Line">The followed line's value across versions (<c>--line</c>, <c>?line=</c>); null when no line is followed.</param>
public sealed record HistoryView(
    long Id,
    string AsOf,
    string Firm,
    string Form,
    string Version,
    string RulesetHash,
    IReadOnlyList<string>? Statements,
    IReadOnlyDictionary<string, PoolView> Pools,
    int Fired,
    WorstFindingView? WorstFinding,
    DateTime EvaluatedAt,
    string User,
    string Host,
    string SourceFile,
    string SourceHash,
    string EngineVersion,
    HistoryLineView? Line)
{
    /// <summary>The view of <paramref name="row"/>.</summary>
    public static HistoryView Of(HistoryRow row)
    {
        var record = row.Record;
        var pools = new Dictionary<string, PoolView>(StringComparer.Ordinal);
        foreach (var pool in row.Pools)
        {
            pools[pool.Pool] = new PoolView(pool.Excess, pool.Target, pool.OverTarget);
        }

        var worst = row.Worst is { } w ? new WorstFindingView(w.Check, w.Severity, w.Title, w.Message) : null;
        return new HistoryView(
            record.Id, record.AsOf, record.Firm, record.Form, record.Version, record.RulesetHash, record.Statements?.ToArray(), pools, row.Fired, worst,
            record.EvaluatedAt.ToUniversalTime(), record.User, record.Host, record.SourceFile, record.SourceHash, record.EngineVersion,
            row.Line is { } line ? new HistoryLineView(line.Key, line.Value, line.Comparable, line.Note) : null);
    }
}
