using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary><c>segrules reconcile FILE</c>: exit 0 when every filed figure agrees, 1 when any differs, 2 on bad input.</summary>
public sealed class ReconcileCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Reconcile_SeedFiling_ExitsZeroSayingAllAgree()
    {
        var result = CliInProcess.Run("reconcile", TestPaths.SeedFiling);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RECONCILIATION: all 95 filed figures agree with the rules", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Reconcile_EditedTotal_ExitsOneNamingTheLineAndItsDependents()
    {
        var filing = _temp.Write("edited.txt", SeedFiling.Edited("5,788,380,188 [7180]", "5,788,380,288 [7180]"));

        var result = CliInProcess.Run("reconcile", filing);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("RECONCILIATION: 2 of 95 filed figures disagree with the rules", result.Output);
        Assert.Contains("filed 5,788,380,288, computed 5,788,380,188 from the filed inputs: difference 100", result.Output);
        Assert.Contains("lines computed from it: [7190], [7198]", result.Output);
        Assert.Contains("[7180] - [7060] on the filed figures gives 350,288,468: difference -100", result.Output);
        Assert.Contains("BREACH seg_filed_7180", result.Output);
    }

    [Fact]
    public void Reconcile_EditedTotalAsJson_ListsEachDifferenceWithItsFields()
    {
        var filing = _temp.Write("edited.txt", SeedFiling.Edited("5,788,380,188 [7180]", "5,788,380,288 [7180]"));

        var result = CliInProcess.Run("reconcile", filing, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.False(root.GetProperty("agrees").GetBoolean());
        Assert.Equal(95, root.GetProperty("compared").GetInt32());
        var total = root.GetProperty("differences")[0];
        Assert.Equal("7180", total.GetProperty("code").GetString());
        Assert.Equal("Total amount in segregation (add lines 7 through 12)", total.GetProperty("label").GetString());
        Assert.Equal(5_788_380_288m, total.GetProperty("filed").GetDecimal());
        Assert.Equal(5_788_380_188m, total.GetProperty("computed").GetDecimal());
        Assert.Equal(100m, total.GetProperty("difference").GetDecimal());
        Assert.Equal(["7190", "7198"], total.GetProperty("dependents").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "seg_filed_7180");
    }

    [Fact]
    public void Reconcile_GarbledFiling_ExitsTwoWithThePosition()
    {
        var filing = _temp.Write("garbled.txt", SeedFiling.EditedLine(211, "3,436,213,699 [7010]", "3,436,213,6g9 [7010]"));

        var result = CliInProcess.Run("reconcile", filing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("garbled.txt(211,9): error SR5017:", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Reconcile_BalancesWithoutFiledFigures_ExitsTwo()
    {
        var result = CliInProcess.Run("reconcile", TestPaths.SeedSample);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("carries no filed figures", result.Error);
    }

    [Fact]
    public void Reconcile_ImportedBalancesFile_AgreesLikeTheText()
    {
        var balances = _temp.File("seed.yaml");
        Assert.Equal(0, CliInProcess.Run("import", "filing", TestPaths.SeedFiling, "--out", balances).ExitCode);

        var result = CliInProcess.Run("reconcile", balances, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("agrees").GetBoolean());
    }

    public void Dispose() => _temp.Dispose();
}
