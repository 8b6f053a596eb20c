namespace SegRules.Engine.Present;

/// <summary>The followed line's value in one evaluation of a history (<c>history --line CODE</c>), under its key in the newest version.</summary>
/// <param name="Key">The line's key in the newest version.</param>
/// <param name="Value">Its value (the sum of the parts for a merged line); null when not comparable or not stored.</param>
/// <param name="Comparable">False when the lineage says no line of the evaluation's version stands for it.</param>
/// <param name="Note">Where the value comes from when not from the same line, e.g. <c>as [7190] in 2014-11-14 (renumbered in 2016-01-01)</c>.</param>
public sealed record HistoryLineView(string Key, decimal? Value, bool Comparable, string? Note);
