using SegRules.Tests.Support;

namespace SegRules.Tests.Authoring;

/// <summary>Replay across versions compares a renumbered line with its predecessor through the later version's lineage.yaml.</summary>
public sealed class LineageReplayTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Replay_LineRenumberedWithLineage_ComparedThroughIt()
    {
        var rules = RenumberedRules.Make(_temp, "2012-11-30", "2013-01-02", declare: false);

        var db = _temp.File("seg.db");
        var stored = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--rules", rules, "--rules-version", "2012-11-30", "--db", db);
        Assert.True(stored.ExitCode == 0, stored.Error);

        var without = CliInProcess.Run("replay", "--rules-version", "2013-01-02", "--rules", rules, "--db", db);
        RenumberedRules.Declare(rules, "2013-01-02");
        var through = CliInProcess.Run("replay", "--rules-version", "2013-01-02", "--rules", rules, "--db", db);

        Assert.True(without.ExitCode == 1, without.Output + without.Error);
        Assert.Matches(@"lines only in the stored evaluation \(\d+\): .*\b7190\b", without.Output);
        Assert.DoesNotContain("lines only in the stored evaluation", through.Output);
        Assert.DoesNotContain("7191", through.Output);
    }

    public void Dispose() => _temp.Dispose();
}
