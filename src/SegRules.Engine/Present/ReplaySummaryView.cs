namespace SegRules.Engine.Present;

/// <summary>The counts of a replay.</summary>
/// <param name="Records">Records replayed.</param>
/// <param name="Same">Reproduced exactly.</param>
/// <param name="Differ">Evaluated, with differences.</param>
/// <param name="Failed">Could not be evaluated.</param>
/// <param name="Lines">Line differences in all.</param>
/// <param name="Findings">Finding differences in all.</param>
public sealed record ReplaySummaryView(int Records, int Same, int Differ, int Failed, int Lines, int Findings);
