using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Tests.Versions;

/// <summary>How a line of the newest version is found in older versions through their lineage: <see cref="LineSeries"/>.</summary>
public sealed class LineSeriesTests
{
    private static readonly SourcePosition At = new("lineage.yaml", 1, 1);

    [Fact]
    public void Of_RenumberedTwice_OldestVersionReadsTheFirstKeyWithBothChanges()
    {
        var series = LineSeries.Of(new LineKey("7192"), [("a", LineLineage.None), ("b", Lineage(Change("7191", "renumbered", "7190"))), ("c", Lineage(Change("7192", "renumbered", "7191")))]);

        Assert.Equal(["7192"], series.SourceIn("c").Keys.Select(k => k.Value));
        Assert.Null(series.SourceIn("c").Note(series.Key));
        Assert.Equal("as [7191] in b (renumbered in c)", series.SourceIn("b").Note(series.Key));
        Assert.Equal("as [7190] in a (renumbered in b; renumbered in c)", series.SourceIn("a").Note(series.Key));
        Assert.Equal(5m, series.SourceIn("a").ValueIn(new Dictionary<string, decimal> { ["7190"] = 5m, ["7192"] = 9m }));
    }

    [Fact]
    public void Of_Merged_OlderValueIsTheSumOfItsParts()
    {
        var series = LineSeries.Of(new LineKey("7050"), [("a", LineLineage.None), ("b", Lineage(Change("7050", "merged", "7045", "7047")))]);

        var source = series.SourceIn("a");
        Assert.Equal(-3m, source.ValueIn(new Dictionary<string, decimal> { ["7045"] = 7m, ["7047"] = -10m }));
        Assert.Equal("as [7045] + [7047] in a (merged in b)", source.Note(series.Key));
        Assert.Null(source.ValueIn(new Dictionary<string, decimal> { ["7045"] = 7m }));
    }

    [Fact]
    public void Of_Relabelled_SameKeySaysTheLabelChanged()
    {
        var series = LineSeries.Of(new LineKey("7190"), [("a", LineLineage.None), ("b", Lineage(new LineChange(new LineKey("7190"), "relabelled", [new LineKey("7190")], At)))]);

        Assert.Equal("as [7190] in a (relabelled in b)", series.SourceIn("a").Note(series.Key));
        Assert.True(series.SourceIn("a").Comparable);
    }

    [Theory]
    [InlineData("split", "not comparable: [7046] is a part of [7045], split in b")]
    [InlineData("new", "not comparable: [7046] is new in b")]
    public void Of_SplitPartOrNewLine_OlderVersionsNotComparable(string change, string note)
    {
        var entry = change == "new" ? new LineChange(new LineKey("7046"), "new", [], At) : Change("7046", "split", "7045");
        var series = LineSeries.Of(new LineKey("7046"), [("a0", LineLineage.None), ("a", LineLineage.None), ("b", Lineage(entry))]);

        foreach (var version in new[] { "a", "a0" })
        {
            var source = series.SourceIn(version);
            Assert.False(source.Comparable);
            Assert.Empty(source.Keys);
            Assert.Null(source.ValueIn(new Dictionary<string, decimal> { ["7045"] = 1m, ["7046"] = 2m }));
            Assert.Equal(note, source.Note(series.Key));
        }
    }

    [Fact]
    public void SourceIn_VersionNotInTheRules_SameKey()
    {
        var series = LineSeries.Of(new LineKey("7191"), [("a", LineLineage.None), ("b", Lineage(Change("7191", "renumbered", "7190")))]);

        var source = series.SourceIn("elsewhere");

        Assert.Equal(["7191"], source.Keys.Select(k => k.Value));
        Assert.Null(source.Note(series.Key));
    }

    [Fact]
    public void Of_EntriesForOtherLines_LineKeepsItsKey()
    {
        var series = LineSeries.Of(new LineKey("7190"), [("a", LineLineage.None), ("b", Lineage(Change("7181", "renumbered", "7180"), new LineChange(new LineKey("7185"), "retired", [], At)))]);

        Assert.Equal(["7190"], series.SourceIn("a").Keys.Select(k => k.Value));
        Assert.Null(series.SourceIn("a").Note(series.Key));
    }

    private static LineChange Change(string line, string change, params string[] from) => new(new LineKey(line), change, from.Select(f => new LineKey(f)).ToArray(), At);

    private static LineLineage Lineage(params LineChange[] changes) => new(changes);
}
