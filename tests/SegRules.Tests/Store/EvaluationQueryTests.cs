using SegRules.Engine.Store;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>Stored evaluations are found by firm and as-of range, newest first.</summary>
public sealed class EvaluationQueryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _db;

    public EvaluationQueryTests()
    {
        _db = _temp.File("e.db");
        DailyBalances.Write(_temp.File("cs"), 6, new DateOnly(2017, 12, 18));
        _temp.Write("other/o.yaml", DailyBalances.For(new DateOnly(2017, 12, 20), 0).Replace("Credit Suisse Securities (USA) LLC", "Other FCM LLC", StringComparison.Ordinal));
        Assert.Equal(0, CliInProcess.Run("evaluate", _temp.File("cs"), _temp.File("other"), "--db", _db).ExitCode);
    }

    [Fact]
    public void Find_Everything_NewestDateFirst()
    {
        var found = Find(new EvaluationQuery());

        Assert.Equal(7, found.Count);
        Assert.Equal(found.Select(r => r.AsOf).OrderDescending(StringComparer.Ordinal), found.Select(r => r.AsOf));
    }

    [Fact]
    public void Find_FirmInOtherCaseAndRange_OnlyThatFirmsDatesInRange()
    {
        var found = Find(new EvaluationQuery("credit suisse securities (usa) llc", new DateOnly(2017, 12, 19), new DateOnly(2017, 12, 21)));

        Assert.Equal(["2017-12-21", "2017-12-20", "2017-12-19"], found.Select(r => r.AsOf));
        Assert.All(found, r => Assert.Equal("Credit Suisse Securities (USA) LLC", r.Firm));
    }

    [Fact]
    public void Firms_TwoFirmsStored_BothInNameOrder()
    {
        using var store = EvaluationStore.Open(_db);

        Assert.Equal(["Credit Suisse Securities (USA) LLC", "Other FCM LLC"], store.Firms());
    }

    public void Dispose() => _temp.Dispose();

    private IReadOnlyList<EvaluationRecord> Find(EvaluationQuery query)
    {
        using var store = EvaluationStore.Open(_db);
        return store.Find(query);
    }
}
