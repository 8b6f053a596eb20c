using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Compile;

/// <summary>A rule set is compiled once per content hash, and its evaluator serves many threads at once.</summary>
public sealed class FormCompilerCacheTests
{
    [Fact]
    public void Compile_SameFolderLoadedTwice_InvokesRoslynOnce()
    {
        var first = RuleSets.Load(TestPaths.CurrentVersion);
        var second = RuleSets.Load(TestPaths.CurrentVersion);
        var compiler = new FormCompiler();
        var compiling = new List<string>();
        compiler.Compiling += compiling.Add;

        var compiledFirst = compiler.Compile(first);
        var compiledSecond = compiler.Compile(second);

        Assert.NotSame(first, second);
        Assert.Equal(first.Hash, second.Hash);
        Assert.Same(compiledFirst, compiledSecond);
        Assert.Equal(1, compiler.Compilations);
        Assert.Equal([first.Hash], compiling);
    }

    [Fact]
    public void Compile_CopyWithOneFormulaChanged_CompilesAgain()
    {
        using var temp = new TempDirectory();
        var copy = temp.CopyTree(TestPaths.CurrentVersion, "changed");
        var page = Path.Combine(copy, "segregation.yaml");
        File.WriteAllText(page, File.ReadAllText(page).Replace("formula: \"[7045] + [7047]\"", "formula: \"[7047] + [7045]\"", StringComparison.Ordinal));
        var original = RuleSets.Load(TestPaths.CurrentVersion);
        var changed = RuleSets.Load(copy);
        var compiler = new FormCompiler();
        var compiling = new List<string>();
        compiler.Compiling += compiling.Add;

        compiler.Compile(original);
        compiler.Compile(changed);

        Assert.NotEqual(original.Hash, changed.Hash);
        Assert.Equal(2, compiler.Compilations);
        Assert.Equal([original.Hash, changed.Hash], compiling);
    }

    [Fact]
    public void Run_SeedSampleOnManyThreadsAtOnce_GivesIdenticalResults()
    {
        var outcome = new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(TestPaths.BundledRules), new Engine.Pipeline.CompiledRuleSets(FormCompiler.Shared, null)).Evaluate(TestPaths.SeedSample);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var inputs = outcome.Evaluation!.Inputs;
        var compiled = FormCompiler.Shared.Compile(inputs.Form);
        var expected = Snapshot(Engine.Pipeline.EvaluationPipeline.Run(compiled, inputs));
        var results = new string[200];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Snapshot(Engine.Pipeline.EvaluationPipeline.Run(compiled, inputs)));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    /// <summary>Everything an evaluation computed, as text: every line's value, every check's outcome, every finding.</summary>
    private static string Snapshot(Evaluation evaluation) => string.Join("\n",
        evaluation.Values.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} = {kv.Value}")
            .Concat(evaluation.CheckOutcomes.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {kv.Value}"))
            .Concat(evaluation.Findings.Select(f => $"{f.Check} {f.Status}: {f.Message}")));
}
