using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary><c>evaluate --format csv|xlsx --out FILE</c> writes the statement as analysts keep it in a spreadsheet, and stores as usual.</summary>
public sealed class EvaluateExportTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Evaluate_CsvToStandardOutput_WritesOneRowPerLineUnderTheHeader()
    {
        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--format", "csv", "--no-store");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("page,line,label,code,value", rows[0]);
        Assert.Equal(RuleSets.Current.Lines.Count() + 1, rows.Length);
        Assert.Contains("Daily Segregation - Segregation Statement,14,Excess (deficiency) funds in segregation (subtract line 6 from line 13),7190,350288368", rows);
        Assert.Contains("Daily Segregation - Segregation Statement,1.A,Net ledger balance: Cash,7010,3436213699", rows);
    }

    [Fact]
    public void Evaluate_CsvOfAFiling_AddsFiledAndDifferenceColumns()
    {
        var filing = _temp.Write("edited.txt", SeedFiling.Edited("5,788,380,188 [7180]", "5,788,380,288 [7180]"));

        var result = CliInProcess.Run("evaluate", filing, "--format", "csv", "--no-store");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("page,line,label,code,value,filed,difference\r\n", result.Output, StringComparison.Ordinal);
        Assert.Contains(",7180,5788380188,5788380288,100\r\n", result.Output);
        Assert.Contains(",swaps_funds_on_hand_cash,0,,\r\n", result.Output);
    }

    [Fact]
    public void Evaluate_CsvWithOut_WritesTheFileAndStoresTheEvaluation()
    {
        var csv = _temp.File("statement.csv");
        var db = _temp.File("e.db");

        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--format", "csv", "--out", csv, "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Wrote the csv statement of Credit Suisse Securities (USA) LLC for 2017-12-26 to {csv}; stored as evaluation 1", result.Output);
        Assert.StartsWith("page,line,label,code,value\r\n", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Single(StoredDatabase.Evaluations(db));
        Assert.Empty(Directory.GetFiles(_temp.Path, ".*.tmp"));
    }

    [Fact]
    public void Evaluate_XlsxWithOut_WritesAValidWorkbookWithStatementFindingsAndAbout()
    {
        var workbook = _temp.File("statement.xlsx");
        var filing = _temp.Write("edited.txt", SeedFiling.Edited("5,788,380,188 [7180]", "5,788,380,288 [7180]"));

        var result = CliInProcess.Run("evaluate", filing, "--format", "xlsx", "--out", workbook, "--no-store");

        Assert.Equal(0, result.ExitCode);
        using var document = SpreadsheetDocument.Open(workbook, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var part = document.WorkbookPart!;
        Assert.Equal(["statement", "findings", "about"], part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var statement = Rows(part, "statement");
        Assert.Equal("page,line,label,code,value,filed,difference", string.Join(",", statement[0]));
        Assert.Contains(statement, r => r[3] == "7180" && r[4] == "5788380188" && r[5] == "5788380288" && r[6] == "100");
        Assert.Contains(Rows(part, "findings"), r => r[2] == "seg_filed_7180" && r[1] == "fired");
        Assert.Contains(Rows(part, "about"), r => r[0] == "firm" && r[1] == "Credit Suisse Securities (USA) LLC");
    }

    [Fact]
    public void Evaluate_XlsxWithoutOut_ExitsTwoBeforeEvaluating()
    {
        var db = _temp.File("e.db");

        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--format", "xlsx", "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format xlsx writes a workbook: name the file with --out FILE", result.Error);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Evaluate_OutInAMissingFolder_ExitsTwoSayingWhy()
    {
        var result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--format", "csv", "--out", _temp.File("no/such/folder/s.csv"), "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }

    /// <summary>The cells of a sheet as text, inline strings and numbers alike.</summary>
    private static List<string?[]> Rows(WorkbookPart part, string name)
    {
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!);
        return worksheet.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToArray())
            .ToList();
    }

    public void Dispose() => _temp.Dispose();
}
