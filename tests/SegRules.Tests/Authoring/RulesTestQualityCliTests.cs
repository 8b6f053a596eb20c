using System.Text.Json;
using System.Text.RegularExpressions;
using SegRules.Authoring.Quality;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Authoring;

/// <summary><c>rules test --coverage --mutate --format json</c>, <c>rules pin-case</c> and the mutants themselves.</summary>
public sealed class RulesTestQualityCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void RulesTest_MutateJson_GivesCoverageAndMutationPerVersion()
    {
        var run = CliInProcess.Run("rules", "test", "2012-11-30", "--mutate", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var version = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("2012-11-30", version.GetProperty("version").GetString());
        Assert.Equal(100m, version.GetProperty("coverage").GetProperty("lines").GetDecimal());
        Assert.Equal(100m, version.GetProperty("coverage").GetProperty("checks").GetDecimal());
        var mutation = version.GetProperty("mutation");
        Assert.True(mutation.GetProperty("total").GetInt32() > 300);
        Assert.True(mutation.GetProperty("killed").GetInt32() <= mutation.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Array, mutation.GetProperty("survivors").ValueKind);
    }

    [Fact]
    public void RulesTest_MutateWithSurvivors_NamedEquivalentsReportedApartAndStaleNamesAndUnexplainedSurvivorsFail()
    {
        // Arrange: without its boundary case, version 2012-11-08 leaves mutants alive.
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var tests = Path.Combine(rules, "daily-seg", "2012-11-08", "tests");
        File.Delete(Path.Combine(tests, "excess-exactly-required.yaml"));
        var first = CliInProcess.Run("rules", "test", "2012-11-08", "--mutate", "--format", "json", "--rules", rules);
        var survivors = Mutation(first).GetProperty("survivors").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var named = survivors.Skip(1).Append("[7040] '+' -> '*'").ToArray();
        NameEquivalents(tests, named);

        // Act
        var partly = CliInProcess.Run("rules", "test", "2012-11-08", "--mutate", "--format", "json", "--rules", rules);
        var text = CliInProcess.Run("rules", "test", "2012-11-08", "--mutate", "--rules", rules);
        NameEquivalents(tests, survivors);
        var all = CliInProcess.Run("rules", "test", "2012-11-08", "--mutate", "--format", "json", "--rules", rules);

        // Assert
        Assert.Equal(1, first.ExitCode);
        Assert.True(survivors.Length > 1, first.Output);
        Assert.Equal(1, partly.ExitCode);
        var mutation = Mutation(partly);
        Assert.Equal([survivors[0]], mutation.GetProperty("survivors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(survivors.Length - 1, mutation.GetProperty("equivalent").GetInt32());
        Assert.Equal(survivors.Skip(1), mutation.GetProperty("equivalentMutants").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["[7040] '+' -> '*'"], mutation.GetProperty("staleEquivalents").EnumerateArray().Select(e => e.GetString()));
        Assert.Matches($@"  survives: {Regex.Escape(survivors[0])}  \(at \w+\.yaml\(\d+,\d+\)\)", text.Output);
        Assert.Contains($"  equivalent (named in tests/equivalent-mutants.yaml): {survivors[1]}", text.Output);
        Assert.Contains("listed as equivalent but not a surviving mutant (remove it from tests/equivalent-mutants.yaml): [7040] '+' -> '*'", text.Output);
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(0, Mutation(all).GetProperty("survivors").GetArrayLength());
        Assert.Equal(100m, Mutation(all).GetProperty("score").GetDecimal());
    }

    [Fact]
    public void Mutants_FileEditedAboveTheFormulas_KeepTheirNames()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var page = Path.Combine(rules, "daily-seg", "2014-11-14", "segregation.yaml");
        var before = MutantNames(rules);
        File.WriteAllText(page, "# A comment added above every line of the page.\n\n" + File.ReadAllText(page));

        var after = MutantNames(rules);

        Assert.Equal(before, after);
        Assert.Equal(before.Length, before.Distinct().Count());
        Assert.Contains("[7194] round_half_up -> round_half_even", after);
        Assert.Contains("[7040] '+' -> '-' #2", after);
    }

    [Fact]
    public void RulesTest_CasesRemoved_CoverageListsWhatNoCaseExercises()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        foreach (var file in Directory.GetFiles(Path.Combine(rules, "daily-seg", "2012-11-30", "tests"), "*.yaml").Where(f => !f.EndsWith("seed-filing.yaml", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        var run = CliInProcess.Run("rules", "test", "2012-11-30", "--coverage", "--rules", rules);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not covered: check seg_deficiency at ", run.Output);
        Assert.Contains("no case sees it fire: add one where it fires", run.Output);
    }

    [Fact]
    public void PinCase_ReviewedBalances_WritesACaseThatPassesAndFailsWhenAFormulaChanges()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var version = Path.Combine(rules, "daily-seg", "2012-11-30");
        var target = Path.Combine(version, "tests", "pinned.yaml");

        var pin = CliInProcess.Run("rules", "pin-case", TestPaths.SeedSample, "--out", target, "--name", "seed sample", "--rules-version", "2012-11-30", "--rules", rules);
        var passes = CliInProcess.Run("rules", "test", "2012-11-30", "--rules", rules);
        var page = Path.Combine(version, "secured.yaml");
        File.WriteAllText(page, File.ReadAllText(page).Replace("formula: \"[7770] - [7360]\"", "formula: \"[7770] + [7360]\"", StringComparison.Ordinal));
        var fails = CliInProcess.Run("rules", "test", "2012-11-30", "--rules", rules);

        Assert.Equal(0, pin.ExitCode);
        Assert.Contains("name: \"seed sample\"", File.ReadAllText(target));
        Assert.Contains("    7380: ", File.ReadAllText(target));
        Assert.Equal(0, passes.ExitCode);
        Assert.Equal(1, fails.ExitCode);
        Assert.Contains("pinned.yaml", fails.Output);
    }

    [Fact]
    public void Mutants_OfASubtraction_SwapDropAndNeighbourWithoutCycles()
    {
        var problems = new DiagnosticBag();
        var form = new RuleRepository(TestPaths.BundledRules).LoadOnce(new RuleRepository(TestPaths.BundledRules).Find("daily-seg", "2012-11-30", problems)!, problems)!;

        var mutants = MutationRunner.Mutants(form).Where(m => m.Target == new LineKey("7190")).Select(m => m.Mutation.Description).ToArray();

        Assert.Contains("'-' -> '+'", mutants);
        Assert.Contains("right of '-' dropped", mutants);
        Assert.Contains("left of '-' dropped", mutants);
        Assert.Contains(mutants, d => d.StartsWith("[7180] -> [", StringComparison.Ordinal));
        Assert.Contains(mutants, d => d.StartsWith("[7060] -> [", StringComparison.Ordinal));
        Assert.DoesNotContain(mutants, d => d.EndsWith("-> [7194]", StringComparison.Ordinal) || d.EndsWith("-> [7198]", StringComparison.Ordinal));
    }

    private static string[] MutantNames(string rules)
    {
        var repository = new RuleRepository(rules);
        var problems = new DiagnosticBag();
        var form = RuleRepository.Load(repository.Find("daily-seg", "2014-11-14", problems)!, problems)!;
        return MutationRunner.Mutants(form).Select(m => m.Id).ToArray();
    }

    // Mutant names hold quotes and brackets but never a double quote: a double-quoted scalar holds them as they are.
    private static void NameEquivalents(string tests, IEnumerable<string> names) => File.WriteAllLines(Path.Combine(tests, EquivalentMutants.FileName),
        ["equivalent:", .. names.SelectMany(n => new[] { $"  - mutant: \"{n}\"", "    reason: named by the test" })]);

    private static JsonElement Mutation(CliProcess.Result run) =>
        Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray()).GetProperty("mutation").Clone();

    public void Dispose() => _temp.Dispose();
}
