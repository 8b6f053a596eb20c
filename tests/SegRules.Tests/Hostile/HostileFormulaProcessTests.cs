using SegRules.Tests.Support;

namespace SegRules.Tests.Hostile;

/// <summary>
/// A check written as <c>#if false</c> / <c>[7190] &lt; 0</c> / <c>#endif</c> / <c>[7190] &lt; -1000000000000</c>
/// showed one condition and ran the other (issue 9): text the allow-list does not see is refused, at the
/// character it starts, by <c>rules check</c> and by every command that loads the rules.
/// </summary>
public sealed class HostileFormulaProcessTests : IDisposable
{
    private const string Condition = "when: \"[7190] < 0\"";
    private readonly TempDirectory _temp = new();

    [Fact]
    public void RulesCheck_CheckWithDisabledText_ExitsTwoAtTheDirective()
    {
        var (rules, line) = BundledWithSegDeficiency("when: |-\n      #if false\n      [7190] < 0\n      #endif\n      [7190] < -1000000000000");

        var result = CliProcess.Run(_temp.Path, "rules", "check", "--rules", rules);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"segregation.yaml({line + 1},7): error SR7102: the preprocessor directive '#if' is not allowed in a formula", result.Error, StringComparison.Ordinal);
        Assert.Contains($"segregation.yaml({line + 2},7): error SR7102: text disabled by a preprocessor directive", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_CheckWithBidiOverride_ExitsTwoAtTheCharacter()
    {
        var (rules, line) = BundledWithSegDeficiency("when: \"[7190] <\\u2067 0\"");

        var result = CliProcess.Run(_temp.Path, "explain", TestPaths.SeedSample, "seg_deficiency", "--rules", rules);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"segregation.yaml({line},20): error SR7101: the invisible format character U+2067", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Evaluate_CheckWithComment_ExitsTwoAndStoresNothing()
    {
        var (rules, line) = BundledWithSegDeficiency("when: \"[7190] < 0 /* || true */\"");
        var database = _temp.File("store.db");

        var result = CliProcess.Run(_temp.Path, "evaluate", TestPaths.SeedSample, "--rules", rules, "--db", database);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"segregation.yaml({line},23): error SR7102: a comment", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    /// <summary>A copy of the bundled rules with seg_deficiency's condition replaced in the version in force for the seed sample; the line it is on.</summary>
    private (string Rules, int Line) BundledWithSegDeficiency(string condition)
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        var page = Path.Combine(rules, "daily-seg", Path.GetFileName(TestPaths.CurrentVersion), "segregation.yaml");
        var text = File.ReadAllText(page);
        var line = text[..text.IndexOf(Condition, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        File.WriteAllText(page, text.Replace(Condition, condition, StringComparison.Ordinal));
        return (rules, line);
    }

    public void Dispose() => _temp.Dispose();
}
