using SegRules.Engine.Diagnostics;
using SegRules.Tests.Support;

namespace SegRules.Tests.Import;

/// <summary>
/// Each kind of garbled filing text is refused with one clear problem at the figure, code or field
/// where it is (line and column of the text), never dropped silently; harmless oddities import.
/// </summary>
public sealed class GarbledFilingTests
{
    /// <summary>The one problem importing <paramref name="text"/> reports, which must have id <paramref name="id"/>.</summary>
    private static Diagnostic Refused(string text, string id)
    {
        var (import, problems) = SeedFiling.Import(text);

        Assert.Null(import);
        var problem = Assert.Single(problems);
        Assert.Equal(id, problem.Id);
        return problem;
    }

    private static (int Line, int Column) At(Diagnostic problem) => (problem.Position!.Line, problem.Position.Column);

    [Fact]
    public void Import_UnknownCode_ReportsItAtTheCodeWithTheNearestCode()
    {
        var problem = Refused(SeedFiling.EditedLine(150, "[7540]", "[7545]"), "SR5003");

        Assert.Equal((150, 13), At(problem));
        Assert.Contains("[7545] is not a line of daily-seg version 2014-11-14 nor of any other version (did you mean ", problem.Message);
    }

    [Fact]
    public void Import_CodeFiledTwiceWithDifferentFigures_ReportsBothPlaces()
    {
        var problem = Refused(SeedFiling.EditedLine(261, "47,535,907 [7130]", "47,535,907 [7130] 47,535,908 [7130]"), "SR5016");

        Assert.Equal((261, 19), At(problem));
        Assert.Contains("[7130] reads 47,535,908 here but 47,535,907 at line 261, column 1", problem.Message);
    }

    [Fact]
    public void Import_CodeFiledTwiceWithTheSameFigure_ImportsIt()
    {
        var import = SeedFiling.Imported(SeedFiling.EditedLine(261, "47,535,907 [7130]", "47,535,907 [7130] **47,535,907** [7130]"));

        Assert.Equal(95, import.Balances.Filed.Count);
        Assert.Equal(47_535_907m, import.Balances.Values.Single(f => f.Key.Value == "7130").Value);
    }

    [Fact]
    public void Import_UnparseableFigure_ReportsItAtTheFigure()
    {
        var problem = Refused(SeedFiling.EditedLine(211, "3,436,213,699 [7010]", "3,436,213,6g9 [7010]"), "SR5017");

        Assert.Equal((211, 9), At(problem));
        Assert.Contains("the figure before [7010] reads '3,436,213,6g9', which is not a figure", problem.Message);
    }

    [Fact]
    public void Import_CodeWithNoFigureBeforeIt_ReportsTheWordBeforeIt()
    {
        var problem = Refused(SeedFiling.EditedLine(235, "**0** [7110]", "[7110]"), "SR5017");

        Assert.Contains("reads 'market)'", problem.Message);
    }

    [Fact]
    public void Import_CodesOfAnotherVersion_NameTheVersionThatHasThem()
    {
        var (_, problems) = SeedFiling.Import(SeedFiling.Text.Replace("12/26/2017", "11/20/2012", StringComparison.Ordinal));

        Assert.All(problems, p => Assert.Equal("SR5015", p.Id));
        Assert.Equal(["7194", "7198", "7780", "7785", "8760", "8770"], problems.Select(p => p.Message[1..5]).Order());
        Assert.Contains("[7780] is not a line of daily-seg version 2012-11-08, the version for 2012-11-20; it is a line of version 2012-11-30", problems.Select(p => p.Message).Single(m => m.StartsWith("[7780]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Import_CodesOfAnotherVersion_ImportWithThatVersionRequested()
    {
        var (import, problems) = SeedFiling.Import(SeedFiling.Text.Replace("12/26/2017", "11/20/2012", StringComparison.Ordinal), "2012-11-30");

        Assert.Empty(problems);
        Assert.Equal("2012-11-30", import!.Form.Info.Version);
    }

    [Theory]
    [InlineData("End Date:", "Ending:", "no 'End Date:' line")]
    [InlineData("Firm Name:", "Company:", "no 'Firm Name:' line")]
    public void Import_MissingHeaderField_ReportsTheFile(string field, string replacement, string expected)
    {
        var problem = Refused(SeedFiling.Text.Replace(field, replacement, StringComparison.Ordinal), "SR5018");

        Assert.Null(problem.Position);
        Assert.Equal(SeedFiling.File, problem.File);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Import_ImpossibleEndDate_ReportsItWhereWritten()
    {
        var problem = Refused(SeedFiling.Text.Replace("12/26/2017", "13/45/2017", StringComparison.Ordinal), "SR1007");

        Assert.Equal((5, 10), At(problem));
    }

    [Fact]
    public void Import_PagesWithDifferentEndDates_ReportsTheOddOne()
    {
        var problem = Refused(SeedFiling.EditedLine(198, "12/26/2017", "12/27/2017"), "SR5016");

        Assert.Equal((198, 11), At(problem));
        Assert.Contains("End Date reads '12/27/2017' here but '12/26/2017' at line 5, column 10", problem.Message);
    }

    [Fact]
    public void Import_TextWithoutCodedFigures_SaysItIsNoFiling()
    {
        var problem = Refused("End Date:12/26/2017\nFirm Name:Some FCM\nnothing else\n", "SR5018");

        Assert.Contains("no coded figures", problem.Message);
    }

    [Fact]
    public void Import_BracketedWordThatIsNoCode_ReportsIt()
    {
        var problem = Refused(SeedFiling.EditedLine(211, "[7010]", "[7O10]"), "SR5019");

        Assert.Equal((211, 23), At(problem));
    }

    [Fact]
    public void Import_FormTitleNoRulesHave_ReportsTheKnownForms()
    {
        var problem = Refused(SeedFiling.Text.Replace("Daily Seg - FOCUS II", "FOCUS Part II", StringComparison.Ordinal), "SR5009");

        Assert.Contains("Daily Seg - FOCUS II (daily-seg)", problem.Message);
    }

    [Fact]
    public void Import_CoverPageWithTwoChoices_ReportsTheSecondChoice()
    {
        var problem = Refused(SeedFiling.EditedLine(20, "\t0 5 0 0 0 0", "\t100 5 0 0 0 0"), "SR5011");

        Assert.Contains("pool 'segregation': choice b (minimum percentage) is a second choice beside choice a (minimum dollar amount)", problem.Message);
        Assert.Equal(20, At(problem).Line);
    }

    [Fact]
    public void Import_CoverPageMissingAFigure_ReportsTheCount()
    {
        var problem = Refused(SeedFiling.EditedLine(21, "\t0 5 0 0 0 0", "\t5 0 0 0 0"), "SR5011");

        Assert.Contains("pool 'secured' prints 5 figure(s) after its choices, not the 6 of choices a, b, c (low, high), d (low, high)", problem.Message);
        Assert.Equal(21, At(problem).Line);
    }

    [Fact]
    public void Import_FigureBrokenAcrossLinesAtASeparator_JoinsItsParts()
    {
        var import = SeedFiling.Imported(SeedFiling.Edited("1,137,433,633\n\n[7530]", "1,137,\n433,633\n\n[7530]"));

        Assert.Equal(1_137_433_633m, import.Balances.Filed.Single(f => f.Key.Value == "7530").Value);
    }

    [Fact]
    public void Import_NegativeInParentheses_ReadsAsNegative()
    {
        var import = SeedFiling.Imported(SeedFiling.Edited("**-317,239,096** [7033]", "**(317,239,096)** [7033]"));

        Assert.Equal(-317_239_096m, import.Balances.Values.Single(f => f.Key.Value == "7033").Value);
    }

    [Fact]
    public void Import_UnderlinedLetterOForZero_ReadsAsZero()
    {
        var import = SeedFiling.Imported(SeedFiling.Edited("<u>557,182,344</u> [8600]", "<u>o</u> [8600]"));

        Assert.Equal(0m, import.Balances.Values.Single(f => f.Key.Value == "8600").Value);
    }
}
