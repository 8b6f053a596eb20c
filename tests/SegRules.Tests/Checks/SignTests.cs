using System.Text.Json;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Tests.Support;

namespace SegRules.Tests.Checks;

/// <summary>
/// Signs as data: a line declared <c>sign: negative</c> refuses a user's figure above zero at the
/// figure, with the fix; a filing's printed figure is read as printed and reported as a finding.
/// </summary>
public sealed class SignTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static string PositiveDeduction => SampleBalances.Text.Replace("  7033: -317239096", "  7033: 317239096", StringComparison.Ordinal);

    [Fact]
    public void Evaluate_PositiveDeductionInAWorksheet_RefusedAtItsRow()
    {
        var rows = SeedTable.Rows.Select(r => r.Key is "firm" or "as_of" ? new object?[] { r.Key, r.Value } : [r.Key, r.Key == "7033" ? 317239096m : decimal.Parse(r.Value)]).ToArray();
        var row = SeedTable.Rows.Select(r => r.Key).ToList().IndexOf("7033") + 1;
        var path = XlsxFile.Write(_temp.File("b.xlsx"), ("balances", rows));

        var result = CliInProcess.Run("evaluate", path, "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"b.xlsx({row},1): error SR7301: 7033 is a deduction: write -317239096 (line 3.B, Exchange traded options: deduct", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FiledFigureOfTheWrongSign_ReadAsPrintedAndReported()
    {
        var balances = PositiveDeduction + "filed:\n  7033: 317239096\n";

        var evaluation = Scenario.Evaluate(_temp, balances);

        Assert.Equal(317_239_096m, evaluation.Values[new LineKey("7033")]);
        var finding = Assert.Single(evaluation.Findings, f => f.Check.Value == "filed_sign_7033");
        Assert.Equal((FindingStatus.Fired, Severity.Warning), (finding.Status, finding.Severity));
        Assert.StartsWith("Line 3.B [7033] (Exchange traded options: deduct", finding.Message, StringComparison.Ordinal);
        Assert.Contains("was filed as 317,239,096; the form prints it as a negative figure", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ValueDiffersFromTheFiledFigure_StillRefused()
    {
        var balances = PositiveDeduction + "filed:\n  7033: -317239096\n";

        var outcome = Scenario.Outcome(_temp, balances);

        Assert.Equal("SR7301", Assert.Single(outcome.Diagnostics).Id);
    }

    [Fact]
    public void Evaluate_FilingTextWithAPositiveDeduction_EvaluatesWithTheFinding()
    {
        var text = SeedFiling.Edited("**-317,239,096** [7033]", "**317,239,096** [7033]");
        var path = _temp.Write("filing.txt", text);

        var result = CliInProcess.Run("evaluate", path, "--no-store", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var checks = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToArray();
        Assert.Contains("filed_sign_7033", checks);
        Assert.Contains("seg_filed_7040", checks);
    }

    [Fact]
    public void Evaluate_RulesWithoutSignDeclarations_AcceptAPositiveDeduction()
    {
        var rules = Path.Combine(TestPaths.RepoRoot, "tests", "SegRules.Tests", "Fixtures", "RulesBeforeIssue10");

        var outcome = Scenario.Outcome(_temp, PositiveDeduction, rules);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.DoesNotContain(outcome.Evaluation!.Findings, f => f.Check.Value.StartsWith("filed_sign_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    kind: input\n    sign: positive\n", "'positive' is not a valid sign for [7010]")]
    [InlineData("    kind: formula\n    sign: negative\n    formula: \"[7010]\"\n", "a sign is declared on input lines")]
    public void Load_BadSignDeclaration_ReportedAtTheSign(string fields, string fragment)
    {
        var page = "page: p\ntitle: P\nlines:\n  - code: 7010\n    label: Cash\n" + fields.Replace("[7010]", "[7020]", StringComparison.Ordinal)
            + "  - code: 7020\n    label: Other\n    kind: input\n";
        var folder = RuleFolder.Write(_temp.Path, ("page.yaml", page));

        var problem = Assert.Single(RuleSets.Problems(folder));

        Assert.Equal(DiagnosticCatalog.InvalidValue.Id, problem.Id);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        Assert.Equal(7, problem.Position!.Line);
    }

    public void Dispose() => _temp.Dispose();
}
