using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Checks;

public sealed class SupplementalFigureTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Evaluate_WithoutSupplementalFigures_ReportsWhatEachCheckNeeds()
    {
        var evaluation = Evaluate(SampleBalances.Text);

        var finding = Assert.Single(evaluation.Findings, f => f.Check.Value == "seg_residual_below_undermargined");
        Assert.Equal(FindingStatus.NotEvaluated, finding.Status);
        Assert.Equal([new LineKey("seg_undermargined_prior_close")], finding.Missing);
        Assert.Contains("seg_undermargined_prior_close", finding.Message);
    }

    [Fact]
    public void Evaluate_UndermarginedAboveResidualInterest_FiresRule122Breach()
    {
        var evaluation = Evaluate(SampleBalances.Text + "supplemental:\n  seg_undermargined_prior_close: 400000000\n");

        var finding = Assert.Single(evaluation.Findings, f => f.Check.Value == "seg_residual_below_undermargined");
        Assert.Equal(FindingStatus.Fired, finding.Status);
        Assert.Equal(Severity.Breach, finding.Severity);
        Assert.Contains("short by 49,711,632", finding.Message);
        Assert.Contains("6:00 p.m.", finding.Deadline);
    }

    [Theory]
    [InlineData("100000000", true)]
    [InlineData("50000000", false)]
    public void Evaluate_WithdrawalAgainstQuarterOfPriorExcess_FiresOnlyAboveThreshold(string withdrawn, bool fires)
    {
        var evaluation = Evaluate(SampleBalances.Text
            + $"supplemental:\n  seg_prior_day_excess: 300000000\n  seg_withdrawals_not_for_customers: {withdrawn}\n");

        Assert.Equal(fires, evaluation.CheckOutcomes[new LineKey("seg_large_withdrawal")]);
    }

    [Fact]
    public void Evaluate_UnknownSupplementalFigure_IsAnErrorNamingTheKnownOnes()
    {
        var outcome = Scenario.Outcome(_temp, SampleBalances.Text + "supplemental:\n  seg_prior_day_exces: 1\n");

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SR5003", problem.Id);
        Assert.Contains("did you mean seg_prior_day_excess", problem.Message);
    }

    private Evaluation Evaluate(string balances) => Scenario.Evaluate(_temp, balances);

    public void Dispose() => _temp.Dispose();
}
