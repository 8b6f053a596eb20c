using BenchmarkDotNet.Attributes;
using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Benchmarks;

/// <summary>
/// One evaluation of the seed statement and its checks: the compiled evaluator against the
/// hand-written C# baseline (same value array, same formulas and conditions) and the reference
/// interpreter, in the same process.
/// </summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private CompiledForm _compiled = null!;
    private ReferenceInterpreter _interpreter = null!;
    private IReadOnlyDictionary<LineKey, decimal> _inputs = null!;
    private decimal[] _placed = null!;
    private decimal[] _work = null!;
    private bool[] _fired = null!;
    private EvaluationState _state = null!;

    [GlobalSetup]
    public void Setup()
    {
        var form = BenchmarkData.LoadForm();
        _compiled = new FormCompiler().Compile(form);
        HandWrittenStatement.EnsureMatches(_compiled.Layout);
        _interpreter = new ReferenceInterpreter(form);
        _inputs = BenchmarkData.LoadInputs(form).Values;
        _state = _compiled.Layout.NewState(_inputs);
        _placed = (decimal[])_state.Values.Clone();
        _work = new decimal[_placed.Length];
        _fired = new bool[_compiled.Layout.Checks.Count];
    }

    [Benchmark(Baseline = true, Description = "hand-written C#")]
    public bool HandWritten()
    {
        _placed.CopyTo(_work, 0);
        HandWrittenStatement.Evaluate(_work);
        HandWrittenStatement.EvaluateChecks(_work, _fired);
        return _fired[0];
    }

    [Benchmark(Description = "compiled (evaluation state)")]
    public bool Compiled()
    {
        _placed.CopyTo(_state.Values, 0);
        _compiled.Run(_state);
        return _state.Fired[0];
    }

    [Benchmark(Description = "compiled (dictionaries in, state out)")]
    public bool CompiledWithDictionaries() => _compiled.Run(_inputs).Fired[0];

    [Benchmark(Description = "reference interpreter")]
    public bool Interpreted() => _interpreter.Run(_inputs).Fired[0];
}
