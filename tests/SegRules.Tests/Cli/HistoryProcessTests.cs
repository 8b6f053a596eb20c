using System.Globalization;
using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary><c>history</c> and <c>show</c>, run as the real program on a real LiteDB file.</summary>
public sealed class HistoryProcessTests(StoredHistory history) : IClassFixture<StoredHistory>
{
    [Fact]
    public void History_Json_OneObjectPerEvaluationNewestFirst()
    {
        // Act
        var result = history.Run("history", "--format", "json");

        // Assert
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["2017-12-22", "2017-12-21", "2017-12-20", "2017-12-19", "2017-12-18", "2012-11-28"], rows.Select(r => r.GetProperty("asOf").GetString()));
        Assert.All(rows, r => Assert.Equal("Credit Suisse Securities (USA) LLC", r.GetProperty("firm").GetString()));
    }

    [Fact]
    public void History_Json_PoolFiguresAreTheStoredLines()
    {
        var records = StoredDatabase.Evaluations(history.Database).ToDictionary(r => r.AsOf);

        using var json = JsonDocument.Parse(history.Run("history", "--format", "json").Output);

        foreach (var row in json.RootElement.EnumerateArray())
        {
            var record = records[row.GetProperty("asOf").GetString()!];
            var segregation = row.GetProperty("pools").GetProperty("segregation");
            Assert.Equal(record.Lines["7190"], segregation.GetProperty("excess").GetDecimal());
            decimal? expected = record.Lines.TryGetValue("7198", out var over) ? over : null;
            var overTarget = segregation.GetProperty("overTarget");
            Assert.Equal(expected, overTarget.ValueKind == JsonValueKind.Null ? null : overTarget.GetDecimal());
        }
    }

    [Fact]
    public void History_Json_WorstFindingIsTheMostSevereFired()
    {
        using var json = JsonDocument.Parse(history.Run("history", "--format", "json").Output);

        var deficient = json.RootElement.EnumerateArray().First();
        Assert.Equal("2017-12-22", deficient.GetProperty("asOf").GetString());
        Assert.Equal("seg_deficiency", deficient.GetProperty("worstFinding").GetProperty("check").GetString());
        Assert.Equal("critical", deficient.GetProperty("worstFinding").GetProperty("severity").GetString());
    }

    [Fact]
    public void History_TextFromTo_TableAndChartOfThoseDays()
    {
        // Act
        var result = history.Run("history", "--from", "2017-12-20", "--to", "2017-12-22");

        // Assert
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.StartsWith("3 evaluation(s) from 2017-12-20 to 2017-12-22 in ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("2017-12-22", StringComparison.Ordinal) && l.Contains("-49,711,632", StringComparison.Ordinal) && l.EndsWith("CRITICAL seg_deficiency", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2017-12-20", StringComparison.Ordinal) && l.EndsWith("WARNING seg_below_target", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("2017-12-19", StringComparison.Ordinal));
        Assert.Contains("EXCESS AGAINST TARGET", lines);
        Assert.Contains(lines, l => l.StartsWith("  2017-12-22  ✗", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  2017-12-21  █", StringComparison.Ordinal) && l.Contains('┃', StringComparison.Ordinal));
    }

    [Fact]
    public void History_TextOldVersion_TargetColumnsBlank()
    {
        var result = history.Run("history", "--to", "2012-12-31");

        var row = result.Output.Split('\n').Single(l => l.Contains("2012-11-28", StringComparison.Ordinal) && !l.StartsWith(' '));
        Assert.StartsWith("1 ", row, StringComparison.Ordinal);
        Assert.Contains("2012-11-08", row, StringComparison.Ordinal);
        Assert.Matches(@"350,288,368 +263,581,577 +678,951,302 +-$", row);
    }

    [Fact]
    public void History_Csv_HeaderAndOneRowPerEvaluation()
    {
        var result = history.Run("history", "--format", "csv", "--firm", "CREDIT SUISSE SECURITIES (USA) LLC");

        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("id,as_of,firm,form,version,ruleset_hash,segregation_excess,segregation_target,segregation_over_target,", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("6,2017-12-22,Credit Suisse Securities (USA) LLC,daily-seg,2014-11-14,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void History_BadDate_ExitsTwo()
    {
        var result = history.Run("history", "--from", "2017-13-01");

        Assert.Equal((2, "segrules: --from '2017-13-01' is not a date: write yyyy-MM-dd\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Show_StoredId_PrintsStatementWithFindingsAndProvenance()
    {
        // Arrange
        var record = StoredDatabase.Evaluations(history.Database).Single(r => r.AsOf == "2017-12-22");

        // Act
        var result = history.Run("show", record.Id.ToString(CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var lines = result.Output.Split('\n');
        Assert.Equal("As of:   2017-12-22", lines[2]);
        Assert.Equal($"Stored:  evaluation {record.Id} in {history.Database}", lines[4]);
        Assert.StartsWith($"Run:     {record.EvaluatedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC by {record.User} on {record.Host}", lines[5], StringComparison.Ordinal);
        Assert.Equal($"Source:  {record.SourceFile} (SHA-256 {record.SourceHash[..12]})", lines[6]);
        Assert.Contains(lines, l => l.EndsWith("-49,711,632 [7190]", StringComparison.Ordinal));
        Assert.Contains("  CRITICAL seg_deficiency: Undersegregated (4d(2) customer funds short)", lines);
    }

    [Fact]
    public void Show_Json_SameLinesAsEvaluateJson()
    {
        // Arrange
        var record = StoredDatabase.Evaluations(history.Database).Single(r => r.AsOf == "2012-11-28");

        // Act
        var result = history.Run("show", record.Id.ToString(CultureInfo.InvariantCulture), "--format", "json");

        // Assert
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("2012-11-08", root.GetProperty("version").GetString());
        Assert.Equal(record.Lines.OrderBy(kv => kv.Key), root.GetProperty("lines").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal()).OrderBy(kv => kv.Key));
        Assert.Equal(record.SourceHash, root.GetProperty("stored").GetProperty("sourceHash").GetString());
    }

    [Fact]
    public void Show_UnknownId_ExitsTwo()
    {
        var result = history.Run("show", "999");

        Assert.Equal((2, $"segrules: there is no evaluation 999 in {history.Database}: 'segrules history' lists them\n"), (result.ExitCode, result.Error));
    }
}
