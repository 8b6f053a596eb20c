using System.Text.Json;
using SegRules.Authoring.Diff;
using SegRules.Tests.Support;

namespace SegRules.Tests.Versions;

public sealed class RulesDiffTests
{
    private static readonly string[] CoverLines = new[] { "seg", "secured", "swaps" }
        .SelectMany(p => new[] { "amount", "percent", "amount_low", "amount_high", "percent_low", "percent_high" }.Select(c => $"{p}_target_{c}"))
        .ToArray();

    [Fact]
    public void Compare_2012NovemberVersions_NamesExactlyTheLinesAndChecksThatDiffer()
    {
        var older = RuleSets.Load(Path.Combine(TestPaths.BundledRules, "daily-seg", "2012-11-08"));

        var changes = RuleSetDiff.Compare(older, RuleSets.Load(Path.Combine(TestPaths.BundledRules, "daily-seg", "2012-11-30")));

        Assert.Equal(CoverLines.Concat(["7194", "7198", "7780", "7785", "8760", "8770"]).Order(StringComparer.Ordinal),
            Keys(changes, "line", "added"));
        Assert.DoesNotContain(changes, c => c.Area == "line" && c.Change != "added");
        Assert.Equal(new[] { "seg_below_target", "seg_filed_7194", "seg_filed_7198", "secured_below_target",
            "secured_filed_7780", "secured_filed_7785", "swaps_filed_8760", "swaps_filed_8770" }.Order(StringComparer.Ordinal), Keys(changes, "check", "added"));
        Assert.Empty(Keys(changes, "check", "removed"));
        Assert.DoesNotContain(changes, c => c.Area == "check" && c.Change is not ("added" or "removed"));
        Assert.Equal(["cover"], Keys(changes, "page", "added"));
        Assert.DoesNotContain(changes, c => c.Area == "supplemental");
    }

    [Fact]
    public void RulesDiffCommand_TwoVersions_ExitsOneWithOldAndNewSideBySide()
    {
        var result = CliInProcess.Run("rules", "diff", "2012-11-30", "2014-01-13");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("+ check swaps_large_withdrawal: Cleared swaps residual interest withdrawn over 25% of the prior day's excess (17 CFR 22.17)", result.Output);
        Assert.Contains("~ check seg_large_withdrawal citation:\n    old: NFA Financial Requirements Section 16(b) (NFA Notice I-12-18, from 2012-09-01)\n    new: 17 CFR 1.23 (78 FR 68506, from 2014-01-13);", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void RulesDiffCommand_VersionWithItself_ExitsZero()
    {
        var result = CliInProcess.Run("rules", "diff", "2012-11-30", "2012-11-30", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(0, json.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void RulesDiffCommand_UnknownVersion_ExitsTwoListingVersions()
    {
        var result = CliInProcess.Run("rules", "diff", "2012-11-08", "2099-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no version '2099-01-01'; versions: 2012-11-08; 2012-11-30; 2014-01-13; 2014-11-14", result.Error);
    }

    private static IEnumerable<string> Keys(IEnumerable<RuleChange> changes, string area, string change) =>
        changes.Where(c => c.Area == area && c.Change == change).Select(c => c.Key).Order(StringComparer.Ordinal);
}
