using SegRules.Engine.Store;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>A replay reads the records it selects oldest as-of date first, the earlier stored first on one date, as it goes.</summary>
public sealed class OldestFirstTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Oldest_RecordsStoredOutOfDateOrder_YieldsThemByDateThenByIdWithinTheQuery()
    {
        // Arrange: ids 1..4 on 2017-12-27, 2017-12-26, 2017-12-27, 2017-12-28
        var db = _temp.File("order.db");
        using (var store = EvaluationStore.Open(db))
        {
            store.SaveAll([.. new[] { "2017-12-27", "2017-12-26", "2017-12-27", "2017-12-28" }.Select(On)]);
        }

        // Act
        using var reader = EvaluationStore.Open(db, EvaluationStore.DefaultWait, readOnly: true);
        var all = reader.Oldest(new EvaluationQuery(), texts: true).Select(r => r.Id).ToArray();
        var firm = reader.Oldest(new EvaluationQuery("credit suisse securities (usa) llc", To: new DateOnly(2017, 12, 27)), texts: true).Select(r => r.Id).ToArray();

        // Assert
        Assert.Equal([2L, 1L, 3L, 4L], all);
        Assert.Equal([2L, 1L, 3L], firm);
        Assert.Equal(3, reader.Count(new EvaluationQuery(To: new DateOnly(2017, 12, 27))));
    }

    [Fact]
    public void Oldest_WithoutTexts_FindingsCarryCheckStatusAndFiguresButNoWords()
    {
        // Arrange
        var db = _temp.File("bare.db");
        using (var store = EvaluationStore.Open(db))
        {
            store.Save(On("2017-12-26"));
        }

        // Act
        using var reader = EvaluationStore.Open(db, EvaluationStore.DefaultWait, readOnly: true);
        var bare = Assert.Single(reader.Oldest(new EvaluationQuery(), texts: false).ToArray());
        var worded = Assert.Single(reader.Oldest(new EvaluationQuery(), texts: true).ToArray());

        // Assert
        Assert.NotEmpty(bare.Findings);
        Assert.All(bare.Findings, f => Assert.Equal(("", ""), (f.Title, f.Message)));
        Assert.Equal(worded.Findings.Select(f => (f.Check, f.Status, f.Severity, string.Join(',', f.Figures!))),
            bare.Findings.Select(f => (f.Check, f.Status, f.Severity, string.Join(',', f.Figures!))));
    }

    private Engine.Evaluate.Evaluation On(string asOf) =>
        Scenario.Evaluate(_temp, SampleBalances.Text.Replace("as_of: 2017-12-26", $"as_of: {asOf}", StringComparison.Ordinal));
}
