using SegRules.Engine.Model;
using SegRules.Engine.Store;
using SegRules.Engine.Validate;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>Each rule set's text is stored once, so any stored evaluation can be re-run after <c>rules/</c> changed.</summary>
public sealed class RuleSetSnapshotTests
{
    [Fact]
    public void Evaluate_TwiceOnSameRules_StoresTwoEvaluationsAndOneRuleSet()
    {
        using var temp = new TempDirectory();
        var db = temp.File("e.db");

        var first = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db);
        var second = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal([1L, 2L], StoredDatabase.Evaluations(db).Select(e => e.Id).Order());
        Assert.Equal(RuleSets.Current.Hash, Assert.Single(StoredDatabase.RuleSets(db)).Id);
    }

    [Fact]
    public void Evaluate_WithDb_SnapshotHoldsRuleFilesAsOnDisk()
    {
        var snapshot = SnapshotOfSeedEvaluation();

        // The rule set is the manifest and its pages; the regression cases in tests/ are not part of it.
        var onDisk = Directory.EnumerateFiles(TestPaths.CurrentVersion, "*.yaml", SearchOption.TopDirectoryOnly)
            .ToDictionary(f => Path.GetRelativePath(TestPaths.CurrentVersion, f), f => File.ReadAllText(f).ReplaceLineEndings("\n"));
        Assert.Equal(("daily-seg", "2014-11-14"), (snapshot.Form, snapshot.Version));
        Assert.Equal(onDisk.OrderBy(kv => kv.Key), snapshot.Files.ToDictionary(f => f.Path, f => f.Text).OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Evaluate_WithDb_SnapshotRehashesToItsId()
    {
        var snapshot = SnapshotOfSeedEvaluation();

        var hash = RuleSetHash.Of(snapshot.Files.Select(f => new RuleSetFile(f.Path, f.Text)));

        Assert.Equal(snapshot.Id, hash);
    }

    [Fact]
    public void Evaluate_EditedRules_StoresSecondRuleSet()
    {
        using var temp = new TempDirectory();
        var db = temp.File("e.db");
        var rules = temp.CopyTree(TestPaths.BundledRules, "rules");
        File.AppendAllText(Path.Combine(rules, "daily-seg", "2014-11-14", "manifest.yaml"), "# an edit that changes the rule set hash\n");

        CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db);
        CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db, "--rules", rules);

        var evaluations = StoredDatabase.Evaluations(db);
        Assert.Equal(2, StoredDatabase.RuleSets(db).Count);
        Assert.Equal(2, evaluations.Select(e => e.RulesetHash).Distinct().Count());
    }

    private static RuleSetSnapshot SnapshotOfSeedEvaluation()
    {
        using var temp = new TempDirectory();
        var db = temp.File("e.db");
        Assert.Equal(0, CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", db).ExitCode);
        return Assert.Single(StoredDatabase.RuleSets(db));
    }
}
