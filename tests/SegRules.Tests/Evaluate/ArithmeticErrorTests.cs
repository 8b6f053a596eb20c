using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Runtime;
using SegRules.Tests.Support;

namespace SegRules.Tests.Evaluate;

/// <summary>Division by zero and overflow fail the line that does them, the same way compiled and interpreted.</summary>
public sealed class ArithmeticErrorTests
{
    // [doubled] is printed before [ratio] and reads it, so the failure must be pinned on [ratio]
    // whichever order an evaluator computes them in. The formula of [ratio] starts at (17,15).
    private const string RatioPage = """
        page: ratios
        title: Ratios
        lines:
          - id: a
            label: Amount
            kind: input
          - id: z
            label: Divisor
            kind: input
          - id: doubled
            label: Twice the ratio
            kind: formula
            formula: "[ratio] * 2"
          - id: ratio
            label: Amount over divisor
            kind: formula
            formula: "[a] / [z]"
        """;

    private static readonly FormDefinition Ratios = RuleSets.FromPage(RatioPage);

    public static TheoryData<string, string, string> FailingLiterals => new()
    {
        { Evaluators.Compiled, "1 / 0", "division by zero" },
        { Evaluators.Interpreted, "1 / 0", "division by zero" },
        { Evaluators.Compiled, "[a] + 0.5 % (2.5 - 2.5)", "division by zero" },
        { Evaluators.Interpreted, "[a] + 0.5 % (2.5 - 2.5)", "division by zero" },
        { Evaluators.Compiled, "1000000000000000 * 1000000000000000", "the result is too large for a decimal" },
        { Evaluators.Interpreted, "1000000000000000 * 1000000000000000", "the result is too large for a decimal" },
    };

    [Theory]
    [MemberData(nameof(Evaluators.Both), MemberType = typeof(Evaluators))]
    public void Evaluate_DivisorLineIsZero_ThrowsNamingTheDividingLine(string evaluator)
    {
        var inputs = Evaluators.Inputs(("a", 10m), ("z", 0m));

        var error = Assert.Throws<LineEvaluationException>(() => Evaluators.Evaluate(evaluator, Ratios, inputs));

        Assert.Equal(new SlotLayout(Ratios)[new LineKey("ratio")], error.Slot);
        Assert.Equal("division by zero", error.Reason);
    }

    [Theory]
    [MemberData(nameof(FailingLiterals))]
    public void Evaluate_LiteralsThatCannotBeComputed_FailAtRunTimeNamingTheLine(string evaluator, string formula, string reason)
    {
        var form = RuleSets.FromPage(RuleFolder.Page(["a"], ("bad", formula)));

        var error = Assert.Throws<LineEvaluationException>(() => Evaluators.Evaluate(evaluator, form, Evaluators.Inputs(("a", 1m))));

        Assert.Equal(new SlotLayout(form)[new LineKey("bad")], error.Slot);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Evaluate_StatementDividesByZeroLine_ReportsSR4002AtTheFormula()
    {
        using var temp = new TempDirectory();
        var rules = RuleFolder.Write(temp.File("rules"), ("ratios.yaml", RatioPage));
        var balances = temp.Write("balances.yaml", RuleFolder.Balances([("a", 10m), ("z", 0m)]));

        var outcome = new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(rules), new Engine.Pipeline.CompiledRuleSets(FormCompiler.Shared, null)).Evaluate(balances);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        var position = diagnostic.Position!;
        Assert.Equal("SR4002", diagnostic.Id);
        Assert.Equal(Path.Combine(rules, "ratios.yaml"), Path.GetFullPath(position.File));
        Assert.Equal((17, 15), (position.Line, position.Column));
        Assert.Equal("[ratio] could not be computed: division by zero", diagnostic.Message);
    }
}
