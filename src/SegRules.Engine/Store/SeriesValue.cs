namespace SegRules.Engine.Store;

/// <summary>
/// A followed line's value in one stored evaluation, under the line's key in the newest version (see
/// <see cref="Rules.LineSeries"/>).
/// </summary>
/// <param name="Key">The line's key in the newest version.</param>
/// <param name="Value">Its value in the evaluation (the sum of the parts for a merged line); null when not comparable or not stored.</param>
/// <param name="Comparable">False when the lineage says no line of the evaluation's version stands for it (new since, or a part of a split line).</param>
/// <param name="Note">Where the value comes from when not from the same line (e.g. <c>as [7190] in 2014-11-14 (renumbered in 2016-01-01)</c>); null when it is.</param>
public sealed record SeriesValue(string Key, decimal? Value, bool Comparable, string? Note)
{
    /// <summary>The value of <paramref name="series"/>' line in <paramref name="record"/>.</summary>
    public static SeriesValue Of(EvaluationRecord record, Rules.LineSeries series)
    {
        var source = series.SourceIn(record.Version);
        return new SeriesValue(series.Key.Value, source.ValueIn(record.Lines), source.Comparable, source.Note(series.Key));
    }
}
