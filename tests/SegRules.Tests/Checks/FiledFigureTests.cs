using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Checks;

/// <summary>With the filing's printed figures under <c>filed</c>, checks compare each computed line to what was filed.</summary>
public sealed class FiledFigureTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static string WithFiled(Func<string, decimal, decimal>? edit = null) =>
        SampleBalances.Text + "filed:\n" + string.Concat(SeedFigures.All.Select(f => $"  {f.Key}: {(edit is null ? f.Value : edit(f.Key, f.Value))}\n"));

    [Fact]
    public void Evaluate_SeedWithAllFiledFigures_FindsTheFilingConsistent()
    {
        var evaluation = Scenario.Evaluate(_temp, WithFiled());

        Assert.DoesNotContain(evaluation.Findings, f => f.Status == FindingStatus.Fired);
        Assert.All(evaluation.Form.Checks.Where(c => c.FiledReads.Count > 0), c => Assert.False(evaluation.CheckOutcomes[c.Id]));
    }

    [Fact]
    public void Evaluate_OneFiledTotalEdited_ReportsExactlyThatLine()
    {
        var evaluation = Scenario.Evaluate(_temp, WithFiled((code, value) => code == "7180" ? value + 100 : value));

        var finding = Assert.Single(evaluation.Findings, f => f.Status == FindingStatus.Fired);
        Assert.Equal("seg_filed_7180", finding.Check.Value);
        Assert.Equal(Severity.Breach, finding.Severity);
        Assert.Contains("filed as 5,788,380,288", finding.Message);
        Assert.Contains("give 5,788,380,188 (difference 100)", finding.Message);
    }

    [Fact]
    public void Evaluate_FiledExcessNegativeButComputedPositive_ReportsTheFiledDeficiency()
    {
        var evaluation = Scenario.Evaluate(_temp, WithFiled((code, value) => code == "7190" ? -5 : value));

        var fired = evaluation.Findings.Where(f => f.Status == FindingStatus.Fired).Select(f => f.Check.Value).Order().ToArray();
        Assert.Equal(["seg_filed_7190", "seg_filed_deficiency"], fired);
        Assert.DoesNotContain(evaluation.Findings, f => f.Check.Value == "seg_deficiency");
    }

    [Fact]
    public void Evaluate_WithoutFiledFigures_FiledChecksDoNotApplyAndSayNothing()
    {
        var evaluation = Scenario.Evaluate(_temp, SampleBalances.Text);

        Assert.DoesNotContain(evaluation.Findings, f => f.Check.Value.Contains("_filed_", StringComparison.Ordinal));
        Assert.Null(evaluation.CheckOutcomes[new LineKey("seg_filed_7180")]);
    }

    [Fact]
    public void Evaluate_FiledFigureForUnknownCode_IsAnError()
    {
        var outcome = Scenario.Outcome(_temp, SampleBalances.Text + "filed:\n  7181: 5\n");

        var problem = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SR5003", problem.Id);
        Assert.Contains("did you mean 7180", problem.Message);
    }

    [Fact]
    public void ReferenceInterpreter_FiledScenario_AgreesWithCompiledChecks()
    {
        var evaluation = Scenario.Evaluate(_temp, WithFiled((code, value) => code is "7190" or "8720" ? value - 1 : value));
        var inputs = evaluation.Inputs;
        var compiled = Engine.Compile.FormCompiler.Shared.Compile(inputs.Form).Run(inputs.Values, inputs.Supplementals, inputs.Filed);

        var interpreted = new ReferenceInterpreter(inputs.Form).Run(inputs.Values, inputs.Supplementals, inputs.Filed);

        Assert.Equal(compiled.Values, interpreted.Values);
        Assert.Equal(compiled.Evaluated, interpreted.Evaluated);
        Assert.Equal(compiled.Fired, interpreted.Fired);
        Assert.Equal(compiled.Arguments, interpreted.Arguments);
    }

    public void Dispose() => _temp.Dispose();
}
