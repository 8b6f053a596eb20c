using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Evaluate;

/// <summary>Each rounding function rounds a midpoint the way its name says, compiled and interpreted alike.</summary>
public sealed class RoundingFunctionTests
{
    private static readonly (string Formula, decimal Expected)[] Roundings =
    [
        ("round_half_up(2.5, 0)", 3m),
        ("round_half_up(-2.5, 0)", -3m),
        ("round_half_up(0.125, 2)", 0.13m),
        ("round_half_up(172358248.45, 0)", 172358248m),
        ("round_half_up([filed] * 0.05, 0)", 172358248m),
        ("round_half_even(2.5, 0)", 2m),
        ("round_half_even(3.5, 0)", 4m),
        ("round_half_even(-2.5, 0)", -2m),
        ("round_half_even(0.125, 2)", 0.12m),
    ];

    // One rule set with a line per formula, so the whole table costs one compilation.
    private static readonly FormDefinition Rounded =
        RuleSets.FromPage(RuleFolder.Page(["filed"], [.. Roundings.Select((r, i) => ($"r{i}", r.Formula))]));

    // 5 % of the seed filing's 7360 is 172,358,248.45, filed as 172,358,248.
    private static readonly IReadOnlyDictionary<LineKey, decimal> Inputs = Evaluators.Inputs(("filed", 3447164969m));

    public static TheoryData<string, string, decimal> Cases
    {
        get
        {
            var cases = new TheoryData<string, string, decimal>();
            foreach (var evaluator in new[] { Evaluators.Compiled, Evaluators.Interpreted })
            {
                foreach (var (formula, expected) in Roundings)
                {
                    cases.Add(evaluator, formula, expected);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_RoundingFunction_RoundsMidpointAsNamed(string evaluator, string formula, decimal expected)
    {
        var line = new LineKey($"r{Array.FindIndex(Roundings, r => r.Formula == formula)}");

        var values = Evaluators.Evaluate(evaluator, Rounded, Inputs);

        Assert.Equal(expected, values[line]);
    }
}
