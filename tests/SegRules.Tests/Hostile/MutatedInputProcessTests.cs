using System.Text;
using SegRules.Tests.Properties;
using SegRules.Tests.Support;

namespace SegRules.Tests.Hostile;

/// <summary>
/// The real program on randomly damaged inputs: whatever the damage, it exits 0, 1 or 2 and never
/// prints a stack trace. Fewer cases than <see cref="LoaderFuzzProperties"/> (each run starts a
/// process); the seed is printed on failure so a case can be run again.
/// </summary>
public sealed class MutatedInputProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly int _seed = Environment.TickCount;

    [Fact]
    public void Evaluate_BatchOfMutatedBalancesInEveryFormat_ExitsCleanly()
    {
        var random = new Random(_seed);
        var sample = File.ReadAllText(TestPaths.SeedSample);
        var filing = File.ReadAllText(TestPaths.SeedFiling);
        var files = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            files.Add(Write($"m{i}.yaml", Mutation.Apply(sample, Mutation.Draw(random))));
            files.Add(Write($"m{i}.csv", Mutation.Apply(SeedTable.Csv(), Mutation.Draw(random))));
            files.Add(Write($"m{i}.txt", Mutation.Apply(filing, Mutation.Draw(random))));
            var workbook = XlsxFile.Write(_temp.File($"m{i}.xlsx"), ("balances", SeedTable.Rows.Select(r => new object?[] { r.Key, r.Value }).ToArray()));
            File.WriteAllBytes(workbook, Mutation.Apply(File.ReadAllBytes(workbook), Mutation.Draw(random)));
            files.Add(workbook);
        }

        var result = CliProcess.Run(_temp.Path, ["evaluate", .. files, "--no-store"]);

        AssertExitedCleanly(result);
    }

    [Fact]
    public void RulesCheck_MutatedRuleFiles_ExitsCleanly()
    {
        var random = new Random(_seed);
        for (var run = 0; run < 6; run++)
        {
            var version = _temp.CopyTree(TestPaths.CurrentVersion, $"v{run}");
            var pages = Directory.GetFiles(version, "*.yaml");
            var page = pages[random.Next(pages.Length)];
            File.WriteAllBytes(page, Encoding.UTF8.GetBytes(Mutation.Apply(File.ReadAllText(page), Mutation.Draw(random))));

            var result = CliProcess.Run(_temp.Path, "rules", "check", "--rules", version);

            AssertExitedCleanly(result, Path.GetFileName(page));
        }
    }

    [Fact]
    public void ReconcileAndExplain_MutatedInputs_ExitCleanly()
    {
        var random = new Random(_seed);
        var filing = Write("f.txt", Mutation.Apply(File.ReadAllText(TestPaths.SeedFiling), Mutation.Draw(random)));
        var balances = Write("b.yaml", Mutation.Apply(File.ReadAllText(TestPaths.SeedSample), Mutation.Draw(random)));

        AssertExitedCleanly(CliProcess.Run(_temp.Path, "reconcile", filing));
        AssertExitedCleanly(CliProcess.Run(_temp.Path, "explain", balances, "7190"));
        AssertExitedCleanly(CliProcess.Run(_temp.Path, "import", "filing", filing));
    }

    /// <summary>Writes mutated text as UTF-8, an unpaired surrogate becoming U+FFFD as any editor would save it.</summary>
    private string Write(string name, string text)
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }

    private void AssertExitedCleanly(CliProcess.Result result, string what = "")
    {
        Assert.True(result.ExitCode is 0 or 1 or 2, $"exit {result.ExitCode} (seed {_seed} {what}):\n{result.Error}");
        CliAssert.NoStackTrace(result);
    }

    public void Dispose() => _temp.Dispose();
}
