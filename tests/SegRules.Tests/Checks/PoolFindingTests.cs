using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Checks;

/// <summary>
/// For each customer pool: the seed balances fire nothing; lowering a funds input until the excess is
/// negative fires the critical deficiency with the shortfall in its message; lowering it only below the
/// management target fires the target warning and not the deficiency.
/// </summary>
public sealed class PoolFindingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    // Per pool: a funds input lowered so far that the excess is negative, the shortfall that leaves, and
    // the pool's deficiency and target checks.
    public static TheoryData<string, decimal, string, string, string> Deficient => new()
    {
        { "7070", 400_000_000m, "49,711,632", "seg_deficiency", "seg_below_target" },
        { "7500", 300_000_000m, "36,418,423", "secured_deficiency", "secured_below_target" },
        { "8630", 700_000_000m, "21,048,698", "swaps_deficiency", "swaps_below_target" },
    };

    // Per pool: a funds input lowered so the excess stays positive but falls below the management target.
    public static TheoryData<string, decimal, string, string> BelowTarget => new()
    {
        { "7070", 100_000_000m, "seg_deficiency", "seg_below_target" },
        { "7500", 100_000_000m, "secured_deficiency", "secured_below_target" },
        { "8630", 200_000_000m, "swaps_deficiency", "swaps_below_target" },
    };

    [Fact]
    public void Evaluate_SeedBalances_FiresNothing()
    {
        var evaluation = Evaluate(SampleBalances.Text);

        Assert.DoesNotContain(evaluation.Findings, f => f.Status == FindingStatus.Fired);
        Assert.All(evaluation.Findings, f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Theory]
    [MemberData(nameof(Deficient))]
    public void Evaluate_ExcessNegative_FiresCriticalDeficiencyWithShortfall(string input, decimal lowerBy, string shortfall, string deficiency, string target)
    {
        var evaluation = Evaluate(SampleBalances.Lowered(input, lowerBy));

        var finding = Assert.Single(evaluation.Findings, f => f.Status == FindingStatus.Fired && f.Severity >= Severity.Warning);
        Assert.Equal(deficiency, finding.Check.Value);
        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Contains(shortfall, finding.Message);
        Assert.Equal("immediately", finding.Deadline);
        Assert.NotNull(finding.Action);
        Assert.DoesNotContain(evaluation.Findings, f => f.Check.Value == target);
    }

    [Theory]
    [MemberData(nameof(BelowTarget))]
    public void Evaluate_ExcessBelowTargetOnly_FiresTargetWarningNotDeficiency(string input, decimal lowerBy, string deficiency, string target)
    {
        var evaluation = Evaluate(SampleBalances.Lowered(input, lowerBy));

        var finding = Assert.Single(evaluation.Findings, f => f.Status == FindingStatus.Fired);
        Assert.Equal(target, finding.Check.Value);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.DoesNotContain(evaluation.Findings, f => f.Check.Value == deficiency);
    }

    private Evaluation Evaluate(string balances) => Scenario.Evaluate(_temp, balances);

    public void Dispose() => _temp.Dispose();
}
