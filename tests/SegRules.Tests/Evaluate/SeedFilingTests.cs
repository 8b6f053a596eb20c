using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Evaluate;

/// <summary>The bundled sample balances, built from the seed filing's inputs, reproduce every filed figure.</summary>
public sealed class SeedFilingTests
{
    private static readonly Lazy<Evaluation> Evaluated = new(() =>
    {
        var outcome = new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(TestPaths.BundledRules), new Engine.Pipeline.CompiledRuleSets(FormCompiler.Shared, null)).Evaluate(TestPaths.SeedSample);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return outcome.Evaluation!;
    });

    public static TheoryData<string> FiledCodes => new(SeedFigures.All.Keys);

    [Theory]
    [MemberData(nameof(FiledCodes))]
    public void Evaluate_SeedBalances_ReproducesFiledFigure(string code)
    {
        var computed = Evaluated.Value.Values[new LineKey(code)];

        Assert.Equal(SeedFigures.All[code], computed);
    }

    [Fact]
    public void Evaluate_SeedBalances_CoversAllNinetyFiveFiledCodes()
    {
        var codedLines = Evaluated.Value.Form.Lines.Where(l => l.Key.IsCode).Select(l => l.Key.Value).Order().ToArray();

        Assert.Equal(95, SeedFigures.All.Count);
        Assert.Equal(SeedFigures.All.Keys.Order().ToArray(), codedLines);
    }

    [Theory]
    [InlineData("7194", "271904591")]
    [InlineData("7780", "172358248")]
    [InlineData("8760", "505654718")]
    public void Evaluate_SeedBalances_DerivesManagementTargetsFromFivePercentCoverPage(string code, string expected)
    {
        Assert.Equal(decimal.Parse(expected), Evaluated.Value.Values[new LineKey(code)]);
    }

    [Fact]
    public void Evaluate_SeedBalances_SelectsVersionInForceOnAsOfDate()
    {
        Assert.Equal("2014-11-14", Evaluated.Value.Form.Info.Version);
    }

    [Fact]
    public void ReferenceInterpreter_SeedBalances_AgreesWithCompiledEvaluator()
    {
        var evaluation = Evaluated.Value;

        var interpreted = new ReferenceInterpreter(evaluation.Form).Evaluate(evaluation.Inputs.Values);

        Assert.Equal(evaluation.Values.OrderBy(kv => kv.Key), interpreted.OrderBy(kv => kv.Key));
    }
}
