using System.Text.Json;
using System.Text.RegularExpressions;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary>
/// A holiday statement (Thanksgiving 2013: only the 30.7 and cleared swaps statements are due, NFA
/// Notice I-12-36) evaluates, is checked and stored with only those pages, and history, show and
/// replay say so; what belongs to a statement not held is refused.
/// </summary>
public sealed partial class HolidayStatementTests
{
    /// <summary>The seed sample dated Thanksgiving 2013, listing only secured and swaps, without the segregation inputs and target.</summary>
    public static string Thanksgiving(string extra = "")
    {
        var text = SampleBalances.Text.Replace("as_of: 2017-12-26", "as_of: 2013-11-28\nstatements: [secured, swaps]" + extra, StringComparison.Ordinal)
            .Replace("  segregation: { percent: 5 }\n", "", StringComparison.Ordinal);
        return SegregationInput().Replace(text, "");
    }

    [Fact]
    public void Evaluate_ThanksgivingWithOnlySecuredAndSwaps_EvaluatesStoresAndShowsOnlyThosePages()
    {
        using var temp = new TempDirectory();
        var balances = temp.Write("thanksgiving.yaml", Thanksgiving());
        var db = temp.File("store.db");

        var evaluated = CliInProcess.Run("evaluate", balances, "--db", db, "--format", "json");

        Assert.Equal((0, ""), (evaluated.ExitCode, evaluated.Error));
        using (var json = JsonDocument.Parse(evaluated.Output))
        {
            var root = json.RootElement;
            Assert.Equal(["secured", "swaps"], root.GetProperty("statements").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(["cover", "secured", "swaps"], root.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
            Assert.False(root.GetProperty("lines").TryGetProperty("7190", out _));
            Assert.False(root.GetProperty("lines").TryGetProperty("seg_target_percent", out _));
            Assert.Equal(263_581_577m, root.GetProperty("lines").GetProperty("7380").GetDecimal());
            Assert.Equal(678_951_302m, root.GetProperty("lines").GetProperty("8730").GetDecimal());
            Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString()!.StartsWith("seg_", StringComparison.Ordinal));
        }

        var record = Assert.Single(StoredDatabase.Evaluations(db));
        Assert.Equal(["secured", "swaps"], record.Statements!);
        Assert.DoesNotContain("7010", record.Lines.Keys);

        var history = CliInProcess.Run("history", "--db", db);
        Assert.Equal(0, history.ExitCode);
        Assert.Contains("HOLDS", history.Output);
        Assert.Contains("secured+swaps", history.Output);

        var historyJson = CliInProcess.Run("history", "--db", db, "--format", "json");
        using (var json = JsonDocument.Parse(historyJson.Output))
        {
            var row = json.RootElement[0];
            Assert.Equal(["secured", "swaps"], row.GetProperty("statements").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(JsonValueKind.Null, row.GetProperty("pools").GetProperty("segregation").GetProperty("excess").ValueKind);
        }

        var show = CliInProcess.Run("show", record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db);
        Assert.Equal((0, ""), (show.ExitCode, show.Error));
        Assert.Contains("Holds:   only the secured and swaps statements", show.Output);
        Assert.Contains("DAILY SEGREGATION - SECURED AMOUNTS", show.Output);
        Assert.DoesNotContain("DAILY SEGREGATION - SEGREGATION STATEMENT", show.Output);

        var replay = CliInProcess.Run("replay", "--as-stored", "--db", db);
        Assert.Equal((0, ""), (replay.ExitCode, replay.Error));
        var again = CliInProcess.Run("replay", "--db", db);
        Assert.Equal((0, ""), (again.ExitCode, again.Error));
    }

    [Fact]
    public void Evaluate_HolidayFileWithASegregationFigure_RefusesItAtTheFigure()
    {
        using var temp = new TempDirectory();
        var text = Thanksgiving().Replace("values:\n", "values:\n  7010: 5\n", StringComparison.Ordinal);
        var balances = temp.Write("thanksgiving.yaml", text);

        var result = CliInProcess.Run("evaluate", balances, "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("thanksgiving.yaml(13,3): error SR7402: line 7010 belongs to the segregation statement, which 'statements' does not list (it lists secured, swaps)", result.Error);
    }

    [Fact]
    public void Evaluate_HolidayCsvWithAStatementsRow_EvaluatesOnlyThoseStatements()
    {
        using var temp = new TempDirectory();
        var rows = new List<string> { "firm,Credit Suisse Securities (USA) LLC", "as_of,2013-11-28", "statements,secured,swaps", "secured_target_percent,5", "swaps_target_percent,5" };
        rows.AddRange(SeedInputs.All.Where(kv => kv.Key[0] is '7' or '8' && !kv.Key.StartsWith("70", StringComparison.Ordinal) && !kv.Key.StartsWith("71", StringComparison.Ordinal)).Select(kv => $"{kv.Key},{kv.Value}"));
        var balances = temp.Write("thanksgiving.csv", string.Join("\n", rows));

        var result = CliInProcess.Run("evaluate", balances, "--no-store", "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["secured", "swaps"], json.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Evaluate_UnknownStatement_IsRefusedWithTheStatementsOfTheVersion()
    {
        using var temp = new TempDirectory();
        var balances = temp.Write("thanksgiving.yaml", Thanksgiving().Replace("[secured, swaps]", "[secured, swap]", StringComparison.Ordinal));

        var result = CliInProcess.Run("evaluate", balances, "--no-store");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SR7401: 'swap' is not a statement of daily-seg version 2012-11-30; statements: segregation, secured, swaps (did you mean swaps?)", result.Error);
    }

    [GeneratedRegex(@"^  7[01]\d\d: .*\n", RegexOptions.Multiline)]
    private static partial Regex SegregationInput();
}
