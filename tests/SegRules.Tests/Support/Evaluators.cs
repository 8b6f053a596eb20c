using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Tests.Support;

/// <summary>The two ways to evaluate a form, by name, so one theory can hold both to the same behaviour.</summary>
public static class Evaluators
{
    public const string Compiled = "compiled";
    public const string Interpreted = "interpreted";

    public static TheoryData<string> Both => new(Compiled, Interpreted);

    /// <summary>Every line's value as <paramref name="evaluator"/> computes it.</summary>
    /// <exception cref="LineEvaluationException">A line's arithmetic failed.</exception>
    public static IReadOnlyDictionary<LineKey, decimal> Evaluate(string evaluator, FormDefinition form, IReadOnlyDictionary<LineKey, decimal> inputs) =>
        evaluator == Compiled ? FormCompiler.Shared.Compile(form).Evaluate(inputs) : new ReferenceInterpreter(form).Evaluate(inputs);

    /// <summary>Input figures by line key.</summary>
    public static IReadOnlyDictionary<LineKey, decimal> Inputs(params (string Key, decimal Value)[] figures) =>
        figures.ToDictionary(f => new LineKey(f.Key), f => f.Value);
}
