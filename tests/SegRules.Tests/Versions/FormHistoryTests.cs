using System.Text.Json;
using SegRules.Authoring.Diff;
using SegRules.Engine.Evaluate;
using SegRules.Tests.Support;

namespace SegRules.Tests.Versions;

/// <summary>
/// The bundled daily-seg history: each check applies from the date its rule took effect, each
/// version names its sources, and neighbouring versions differ by exactly the checks that came or went.
/// </summary>
public sealed class FormHistoryTests : IDisposable
{
    private const string Withdrawals = "supplemental:\n  seg_prior_day_excess: 400000000\n  seg_withdrawals_not_for_customers: 150000000\n";
    private readonly TempDirectory _temp = new();

    public static TheoryData<string, string, string[], string[]> Neighbours => new()
    {
        {
            "2012-11-08", "2012-11-30",
            ["seg_below_target", "seg_filed_7194", "seg_filed_7198", "secured_below_target", "secured_filed_7780", "secured_filed_7785", "swaps_filed_8760", "swaps_filed_8770"],
            []
        },
        { "2012-11-30", "2014-01-13", ["swaps_below_target", "swaps_large_withdrawal"], [] },
        { "2014-01-13", "2014-11-14", ["seg_residual_below_undermargined"], [] },
    };

    [Theory]
    [MemberData(nameof(Neighbours))]
    public void Diff_NeighbouringVersions_NamesExactlyTheChecksThatComeAndGo(string older, string newer, string[] added, string[] removed)
    {
        var from = RuleSets.Load(Path.Combine(TestPaths.BundledRules, "daily-seg", older));
        var to = RuleSets.Load(Path.Combine(TestPaths.BundledRules, "daily-seg", newer));

        var checks = RuleSetDiff.Compare(from, to).Where(c => c.Area == "check").ToArray();

        Assert.Equal(added.Order(StringComparer.Ordinal), checks.Where(c => c.Change == "added").Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal(removed.Order(StringComparer.Ordinal), checks.Where(c => c.Change == "removed").Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_2013Date_NoCustomerProtectionRuleAndTheWithdrawalFindingCitesNfa()
    {
        var balances = SampleBalances.Text.Replace("as_of: 2017-12-26", "as_of: 2013-06-03", StringComparison.Ordinal) + Withdrawals;

        var evaluation = Scenario.Evaluate(_temp, balances);

        Assert.Equal("2012-11-30", evaluation.Form.Info.Version);
        var withdrawal = Assert.Single(evaluation.Findings, f => f.Status == FindingStatus.Fired);
        Assert.Equal("seg_large_withdrawal", withdrawal.Check.Value);
        Assert.Contains("NFA Financial Requirements Section 16", withdrawal.Citation, StringComparison.Ordinal);
        Assert.Contains("notice to NFA", withdrawal.Action, StringComparison.Ordinal);
        Assert.DoesNotContain(evaluation.Form.Checks, c => c.Citation is { } citation && (citation.Contains("1.22", StringComparison.Ordinal) || citation.Contains("1.23", StringComparison.Ordinal) || citation.Contains("22.17", StringComparison.Ordinal)));
    }

    [Fact]
    public void Evaluate_2013DateWithUndermarginedAmounts_RefusedBecauseTheVersionHasNoSuchFigure()
    {
        var balances = SampleBalances.Text.Replace("as_of: 2017-12-26", "as_of: 2013-06-03", StringComparison.Ordinal)
            + "supplemental:\n  seg_undermargined_prior_close: 700000000\n";

        var outcome = Scenario.Outcome(_temp, balances);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Diagnostics, d => d.Message.Contains("seg_undermargined_prior_close is not a line of daily-seg version 2012-11-30's supplemental figures", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_2015Date_ResidualInterestAndWithdrawalRulesBothFire()
    {
        var balances = SampleBalances.Text.Replace("as_of: 2017-12-26", "as_of: 2015-06-01", StringComparison.Ordinal)
            + Withdrawals + "  seg_undermargined_prior_close: 700000000\n";

        var evaluation = Scenario.Evaluate(_temp, balances);

        Assert.Equal("2014-11-14", evaluation.Form.Info.Version);
        var fired = evaluation.Findings.Where(f => f.Status == FindingStatus.Fired).ToDictionary(f => f.Check.Value);
        Assert.Equal(["seg_large_withdrawal", "seg_residual_below_undermargined"], fired.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("17 CFR 1.22", fired["seg_residual_below_undermargined"].Citation, StringComparison.Ordinal);
        Assert.StartsWith("17 CFR 1.23", fired["seg_large_withdrawal"].Citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2012-11-08", "2012-11-20")]
    [InlineData("2012-11-30", "2014-01-12")]
    [InlineData("2014-01-13", "2014-01-13")]
    [InlineData("2014-01-13", "2014-11-13")]
    [InlineData("2014-11-14", "2014-11-14")]
    public void Evaluate_DateAtAVersionBoundary_UsesTheVersionInForce(string version, string asOf)
    {
        var balances = (version == "2012-11-08" ? SampleBalances.BeforeTargets : SampleBalances.Text)
            .Replace(version == "2012-11-08" ? "as_of: 2012-11-28" : "as_of: 2017-12-26", $"as_of: {asOf}", StringComparison.Ordinal);

        Assert.Equal(version, Scenario.Evaluate(_temp, balances).Form.Info.Version);
    }

    [Fact]
    public void RulesList_BundledRules_ShowsFourDailySegVersionsWithTheirSources()
    {
        var text = CliInProcess.Run("rules", "list");
        var json = CliInProcess.Run("rules", "list", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("source: CFTC customer protection rules", text.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var versions = document.RootElement.EnumerateArray().Where(v => v.GetProperty("form").GetString() == "daily-seg").ToArray();
        Assert.Equal(["2012-11-08", "2012-11-30", "2014-01-13", "2014-11-14"], versions.Select(v => v.GetProperty("version").GetString()));
        Assert.All(versions, v => Assert.NotEmpty(v.GetProperty("sources").EnumerateArray()));
        var references = versions.ToDictionary(v => v.GetProperty("version").GetString()!,
            v => v.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reference").GetString()).ToArray());
        Assert.Contains("NFA Notice I-12-18", references["2012-11-08"]);
        Assert.Contains("NFA Notice I-12-29", references["2012-11-30"]);
        Assert.DoesNotContain("78 FR 68506", references["2012-11-30"]);
        Assert.Contains("78 FR 68506", references["2014-01-13"]);
        Assert.Equal("2014-11-14", versions[3].GetProperty("sources").EnumerateArray().Last().GetProperty("effective").GetString());
    }

    public void Dispose() => _temp.Dispose();
}
