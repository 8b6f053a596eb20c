namespace SegRules.Engine.Replay;

/// <summary>
/// Gathers replays, as they come, into their distinct changes (<see cref="DriftGroup"/>), keeping
/// only counts, dates and a few ids per change, so a replay of any number of records summarises in
/// a fixed amount of memory per distinct change. Records reproduced exactly (and with nothing left
/// out) are only counted.
/// </summary>
public sealed class DriftSummary
{
    /// <summary>How many example ids each change keeps.</summary>
    public const int ExampleCount = 3;

    private readonly Dictionary<string, (DriftChange Change, int Records, string First, string Last, List<long> Examples)> _groups = new(StringComparer.Ordinal);

    /// <summary>How many records were replayed.</summary>
    public int Records { get; private set; }

    /// <summary>How many were reproduced exactly.</summary>
    public int Same { get; private set; }

    /// <summary>How many could be evaluated and differ.</summary>
    public int Differ { get; private set; }

    /// <summary>How many could not be evaluated again.</summary>
    public int Failed { get; private set; }

    /// <summary>How many line differences there were in all.</summary>
    public long LineDifferences { get; private set; }

    /// <summary>How many finding differences there were in all.</summary>
    public long FindingDifferences { get; private set; }

    /// <summary>The distinct changes, the most common first (then the earliest).</summary>
    public IReadOnlyList<DriftGroup> Groups => _groups.Values
        .OrderByDescending(g => g.Records).ThenBy(g => g.First, StringComparer.Ordinal)
        .Select(g => new DriftGroup(g.Change, g.Records, g.First, g.Last, g.Examples.ToArray()))
        .ToArray();

    /// <summary>Counts <paramref name="replay"/> and adds it to its change.</summary>
    public void Add(RecordReplay replay)
    {
        Records++;
        Failed += replay.Failed ? 1 : 0;
        Differ += replay.Differs && !replay.Failed ? 1 : 0;
        Same += replay.Differs ? 0 : 1;
        LineDifferences += replay.Lines.Count;
        FindingDifferences += replay.Findings.Count;
        if (!replay.Differs && replay.Notes.Count == 0)
        {
            return;
        }

        var change = DriftChange.Of(replay);
        var asOf = replay.Record.AsOf;
        if (!_groups.TryGetValue(change.Key, out var group))
        {
            group = (change, 0, asOf, asOf, []);
        }

        if (group.Examples.Count < ExampleCount)
        {
            group.Examples.Add(replay.Record.Id);
        }

        _groups[change.Key] = (group.Change, group.Records + 1,
            string.CompareOrdinal(asOf, group.First) < 0 ? asOf : group.First,
            string.CompareOrdinal(asOf, group.Last) > 0 ? asOf : group.Last,
            group.Examples);
    }
}
