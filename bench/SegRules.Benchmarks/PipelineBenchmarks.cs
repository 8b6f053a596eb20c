using BenchmarkDotNet.Attributes;
using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Engine.Replay;
using SegRules.Engine.Store;

namespace SegRules.Benchmarks;

/// <summary>
/// The stages around evaluation: loading and validating the rule set (the baseline), compiling it
/// cold with Roslyn, from the process's memory and from the disk cache (a new process's warm start:
/// files read and hashed, definition decoded, evaluator image loaded), and storing an evaluation.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private FormDefinition _form = null!;
    private FormCompiler _warmCompiler = null!;
    private Evaluation _evaluation = null!;
    private string _directory = null!;
    private EvaluationStore _store = null!;
    private Replayer _replayer = null!;
    private EvaluationRecord _record = null!;
    private RuleSetSnapshot _snapshot = null!;
    private Engine.Cache.CompiledRuleSetCache _diskCache = null!;
    private Engine.Rules.RuleVersion _version = null!;

    [GlobalSetup]
    public void Setup()
    {
        _form = BenchmarkData.LoadForm();
        _warmCompiler = new FormCompiler();
        var compiled = _warmCompiler.Compile(_form);
        var inputs = BenchmarkData.LoadInputs(_form);
        _evaluation = new Evaluation(inputs, compiled.Evaluate(inputs.Values));
        _directory = Path.Combine(Path.GetTempPath(), "segrules-bench-" + Guid.NewGuid().ToString("N"));
        _store = EvaluationStore.Open(Path.Combine(_directory, "bench.db"));
        _record = _store.Get(_store.Save(_evaluation))!;
        _snapshot = _store.RuleSet(_record.RulesetHash)!;
        _replayer = new Replayer(new Engine.Pipeline.CompiledRuleSets(_warmCompiler, null));
        _diskCache = new Engine.Cache.CompiledRuleSetCache(Path.Combine(_directory, "cache"));
        _version = new Engine.Rules.RuleRepository(BenchmarkData.CurrentVersion).Versions.Single();
        CompileFromDisk();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "load + validate rule set")]
    public FormDefinition Load() => BenchmarkData.LoadForm();

    [Benchmark(Description = "compile (cold, Roslyn)")]
    public CompiledForm CompileCold() => new FormCompiler().Compile(_form);

    [Benchmark(Description = "compile (cached by hash)")]
    public CompiledForm CompileCached() => _warmCompiler.Compile(_form);

    [Benchmark(Description = "compiled rule set from the disk cache (warm start)")]
    public CompiledForm? CompileFromDisk() =>
        new Engine.Pipeline.CompiledRuleSets(new FormCompiler(), _diskCache).For(_version, new Engine.Diagnostics.DiagnosticBag());

    [Benchmark(Description = "store one evaluation (LiteDB)")]
    public long Store() => _store.Save(_evaluation);

    [Benchmark(Description = "replay one stored evaluation on its snapshot")]
    public RecordReplay ReplayAsStored() => _replayer.AsStored(_record, _snapshot);
}
