using SegRules.Engine.Diagnostics;
using SegRules.Tests.Support;

namespace SegRules.Tests.Import;

/// <summary>
/// The cover page is read as the filing says it, whatever the extraction did to its lines: on one
/// line, on several, in the 2015 layout, with the apostrophe of <c>FCM's</c> lost. Each pool gets its
/// own figures, or the import is refused at the figure that cannot be placed.
/// </summary>
public sealed class CoverPageLayoutTests
{
    private static readonly string[] Labels =
    [
        "FCM's Customer Segregated Funds Residual Interest Target (choose one): a. Minimum dollar amount: ; or b. Minimum percentage of customer segregated funds required:%; or c. Dollar amount range between:and; or d. Percentage range of customer segregated funds required between:% and%.",
        "FCM's Customer Secured Amount Funds Residual Interest Target (choose one): a. Minimum dollar amount: ; or b. Minimum percentage of customer secured funds required:%; or c. Dollar amount range between:and; or d. Percentage range of customer secured funds required between:% and%.",
        "FCM's Cleared Swaps Customer Collateral Residual Interest Target (choose one): a. Minimum dollar amount: ; or b. Minimum percentage of cleared swaps customer collateral required:%; or c. Dollar amount range between:and; or d. Percentage range of cleared swaps customer collateral required between:% and%.",
    ];

    /// <summary>The seed text with its three cover page lines replaced by <paramref name="cover"/>.</summary>
    private static string WithCover(string cover)
    {
        var lines = SeedFiling.Text.Split('\n').ToList();
        Assert.StartsWith("FCM's Customer Segregated", lines[19]);
        lines.RemoveRange(19, 3);
        lines.Insert(19, cover);
        return string.Join('\n', lines);
    }

    private static string[] Targets(string text) =>
        SeedFiling.Imported(text).Balances.Targets.Select(t => $"{t.Pool.Value}:{t.Choice.Value}:{string.Join("/", t.Figures)}").ToArray();

    [Fact]
    public void Import_CoverPageOnOneLine_GivesEachPoolItsOwnFigures()
    {
        var text = WithCover($"{Labels[0]}\t0 7 0 0 0 0 {Labels[1]}\t0 6 0 0 0 0 {Labels[2]}\t0 5 0 0 0 0");

        Assert.Equal(["segregation:percent:7", "secured:percent:6", "swaps:percent:5"], Targets(text));
    }

    [Fact]
    public void Import_CoverPageOnSeveralLines_ReadsFiguresBelowTheWording()
    {
        var split = Labels.Select(l => l.Replace(" Residual ", "\nResidual ", StringComparison.Ordinal).Replace(" or c.", "\nor c.", StringComparison.Ordinal));
        var text = WithCover($"{split.ElementAt(0)}\n0 7 0 0 0 0\n{split.ElementAt(1)}\n\n100000000\n0 0 0 0 0\n{split.ElementAt(2)}\n0 0 0 0 4 9");

        Assert.Equal(["segregation:percent:7", "secured:amount:100000000", "swaps:percent_range:4/9"], Targets(text));
    }

    [Theory]
    [InlineData("FCM s Customer")]
    [InlineData("FCMs Customer")]
    [InlineData("FCM\u2019s Customer")]
    [InlineData("fcm's customer")]
    public void Import_ApostropheLostOrCurled_StillFindsTheLabel(string spelling)
    {
        var text = SeedFiling.EditedLine(20, "FCM's Customer", spelling);

        Assert.Equal(["segregation:percent:5", "secured:percent:5", "swaps:percent:5"], Targets(text));
    }

    [Fact]
    public void Import_2015Layout_ReadsEachChoiceAfterItsOwnWording()
    {
        string Pool(string name, string figures) =>
            $"FCM's {name} Residual Interest Target (choose one):\n" + figures;
        var text = WithCover(string.Join('\n',
            Pool("Customer Segregated Funds", "b. Minimum percentage of customer segregated funds required: 7 %; or\nc. Dollar amount range between: 0 and 0; or\nd. Percentage range of customer segregated funds required between: 0 % and 0 %."),
            Pool("Customer Secured Amount Funds", "b. Minimum percentage of customer secured funds required: %; or\nc. Dollar amount range between: $50,000,000 and $80,000,000; or\nd. Percentage range of customer secured funds required between: % and %."),
            Pool("Cleared Swaps Customer Collateral", "b. Minimum percentage of cleared swaps customer collateral required: 0%; or\nc. Dollar amount range between: 0 and 0; or\nd. Percentage range of cleared swaps customer collateral required between: 5% and 10%.")));

        Assert.Equal(["segregation:percent:7", "secured:amount_range:50000000/80000000", "swaps:percent_range:5/10"], Targets(text));
    }

    [Fact]
    public void Import_2015LayoutWithAThirdFigureInARange_ReportsItWhereItIs()
    {
        var text = WithCover(string.Join('\n',
            $"{Labels[0]}\t0 5 0 0 0 0",
            "FCM's Customer Secured Amount Funds Residual Interest Target (choose one):",
            "b. Minimum percentage of customer secured funds required: %; or",
            "c. Dollar amount range between: 50 and 80 90; or",
            "d. Percentage range of customer secured funds required between: % and %.",
            $"{Labels[2]}\t0 5 0 0 0 0"));

        var (import, problems) = SeedFiling.Import(text);

        Assert.Null(import);
        var problem = Assert.Single(problems);
        Assert.Equal("SR5011", problem.Id);
        Assert.Equal((23, 43), (problem.Position!.Line, problem.Position.Column));
        Assert.Contains("choice c takes 2 figure(s), and 90 here is one more", problem.Message);
    }

    [Fact]
    public void Import_LabelWithoutFigures_IsReportedAtTheLabelNotTheFileStart()
    {
        var text = SeedFiling.EditedLine(21, "\t0 5 0 0 0 0", "");

        var (import, problems) = SeedFiling.Import(text);

        Assert.Null(import);
        var problem = Assert.Single(problems);
        Assert.Equal((21, 1), (problem.Position!.Line, problem.Position.Column));
        Assert.Contains("pool 'secured' prints no figures", problem.Message);
    }

    [Fact]
    public void Import_NegativeTargetOnTheCoverPage_IsRefusedAtTheFigure()
    {
        var problem = Assert.Single(SeedFiling.Import(SeedFiling.EditedLine(22, "\t0 5 0 0 0 0", "\t0 -5 0 0 0 0")).Problems);

        Assert.Equal(DiagnosticCatalog.BadTarget.Id, problem.Id);
        Assert.Equal(22, problem.Position!.Line);
        Assert.Contains("is negative", problem.Message);
    }
}
