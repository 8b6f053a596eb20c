using BenchmarkDotNet.Attributes;
using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Benchmarks;

/// <summary>
/// One evaluation of the seed statement: the compiled evaluator against the hand-written C# baseline
/// (same value array, same formulas) and the reference interpreter, in the same process.
/// </summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private CompiledForm _compiled = null!;
    private ReferenceInterpreter _interpreter = null!;
    private IReadOnlyDictionary<LineKey, decimal> _inputs = null!;
    private decimal[] _placed = null!;
    private decimal[] _work = null!;

    [GlobalSetup]
    public void Setup()
    {
        var form = BenchmarkData.LoadForm();
        _compiled = new FormCompiler().Compile(form);
        HandWrittenStatement.EnsureMatches(_compiled.Layout);
        _interpreter = new ReferenceInterpreter(form);
        _inputs = BenchmarkData.LoadInputs(form).Values;
        _placed = _compiled.Layout.Place(_inputs);
        _work = new decimal[_placed.Length];
    }

    [Benchmark(Baseline = true, Description = "hand-written C#")]
    public decimal HandWritten()
    {
        _placed.CopyTo(_work, 0);
        HandWrittenStatement.Evaluate(_work);
        return _work[^1];
    }

    [Benchmark(Description = "compiled (value array)")]
    public decimal Compiled()
    {
        _placed.CopyTo(_work, 0);
        _compiled.EvaluateInPlace(_work);
        return _work[^1];
    }

    [Benchmark(Description = "compiled (dictionary in and out)")]
    public int CompiledWithDictionaries() => _compiled.Evaluate(_inputs).Count;

    [Benchmark(Description = "reference interpreter")]
    public int Interpreted() => _interpreter.Evaluate(_inputs).Count;
}
