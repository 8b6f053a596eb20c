using SegRules.Engine.Model;
using SegRules.Engine.Reconcile;
using SegRules.Tests.Support;

namespace SegRules.Tests.Reconcile;

/// <summary>
/// Reconciling a filing compares each filed figure with the rules from the filed inputs and with its
/// own formula on the filed figures, so an edited total shows at the total and at the lines that
/// depend on it.
/// </summary>
public sealed class ReconcilerTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private Reconciliation Reconcile(string filingText) => Reconciler.Reconcile(Scenario.Evaluate(_temp, filingText, extension: ".txt"));

    [Fact]
    public void Reconcile_SeedFiling_EveryFiledFigureAgrees()
    {
        var reconciliation = Reconcile(SeedFiling.Text);

        Assert.True(reconciliation.Agrees);
        Assert.Equal(95, reconciliation.Compared);
        Assert.Empty(reconciliation.NotFiled);
    }

    [Fact]
    public void Reconcile_OneFiledTotalEdited_ReportsThatLineAndTheLineComputedFromIt()
    {
        var reconciliation = Reconcile(SeedFiling.Edited("5,788,380,188 [7180]", "5,788,380,288 [7180]"));

        Assert.Equal(["7180", "7190"], reconciliation.Differences.Select(d => d.Key.Value));
        var total = reconciliation.Differences[0];
        Assert.Equal((5_788_380_288m, 5_788_380_188m, 100m), (total.Filed, total.Computed, total.Difference));
        Assert.Equal(5_788_380_188m, total.FromFiledLines);
        Assert.Equal(["7190", "7198"], total.Dependents.Select(k => k.Value));
        Assert.Empty(total.Causes);
        var excess = reconciliation.Differences[1];
        Assert.False(excess.DiffersFromComputed);
        Assert.True(excess.BreaksFiledArithmetic);
        Assert.Equal(-100m, excess.FiledArithmeticDifference);
        Assert.Equal(["7180"], excess.Causes.Select(k => k.Value));
    }

    [Fact]
    public void Reconcile_MisfiledTotalCarriedThrough_FlagsTheTotalAsTheOriginAndItsDependentsAsFollowing()
    {
        var text = SeedFiling.Edited("5,788,380,188 [7180] **350,288,368** [7190]", "5,788,380,288 [7180] **350,288,468** [7190]")
            .Replace("78,383,777 [7198]", "78,383,877 [7198]", StringComparison.Ordinal);

        var reconciliation = Reconcile(text);

        Assert.Equal(["7180", "7190", "7198"], reconciliation.Differences.Select(d => d.Key.Value));
        Assert.All(reconciliation.Differences, d => Assert.Equal(100m, d.Difference));
        Assert.Equal([true, false, false], reconciliation.Differences.Select(d => d.BreaksFiledArithmetic));
        Assert.Equal(["", "7180", "7190"], reconciliation.Differences.Select(d => string.Join(",", d.Causes)));
    }

    [Fact]
    public void Reconcile_BalancesWithoutFiledFigures_HasNothingToCompare()
    {
        var reconciliation = Reconciler.Reconcile(Scenario.Evaluate(_temp, SampleBalances.Text));

        Assert.True(reconciliation.Agrees);
        Assert.Equal(0, reconciliation.Compared);
        Assert.Empty(reconciliation.NotFiled);
    }

    [Fact]
    public void Reconcile_FiledInputDifferentFromTheValueUsed_IsAnInputDifferenceThatTheFiledTotalNoLongerAddsUp()
    {
        var reconciliation = Reconciler.Reconcile(Scenario.Evaluate(_temp, SampleBalances.Text + "filed:\n  7010: 3436213700\n  7040: 5437806522\n"));

        Assert.Equal(["7010", "7040"], reconciliation.Differences.Select(d => d.Key.Value));
        var input = reconciliation.Differences[0];
        Assert.Equal((LineKind.Input, 1m, (decimal?)null), (input.Kind, input.Difference, input.FromFiledLines));
        var total = reconciliation.Differences[1];
        Assert.Equal((0m, -1m), (total.Difference, total.FiledArithmeticDifference));
        Assert.Equal(["7010"], total.Causes.Select(k => k.Value));
        Assert.Equal(2, reconciliation.Compared);
        Assert.Contains(new LineKey("7180"), reconciliation.NotFiled);
    }

    public void Dispose() => _temp.Dispose();
}
