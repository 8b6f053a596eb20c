using SegRules.Tests.Support;

namespace SegRules.Tests.Hostile;

/// <summary>
/// Folder and file names are untrusted text: a name built to close a <c>#line</c> directive and smuggle
/// a statement into the generated evaluator (issue 9) must compile and evaluate normally, and the
/// statement must never run, whether the name is the <c>--rules</c> folder, a version folder or a page
/// file, and whether the rule set is read from disk or replayed from a database.
/// </summary>
public sealed class HostileNameProcessTests : IDisposable
{
    private const string Marker = "pwned";
    private readonly TempDirectory _temp = new();

    /// <summary>
    /// A name that, written into <c>#line N "NAME"</c>, ends the directive, writes the marker file into the
    /// working folder and silences its own warning. The statement has no double quote, which the old
    /// generator escaped into a syntax error, and no slash, which a page file name cannot hold.
    /// </summary>
    private static string CodeInName(string end = "") =>
        "a\"\nSystem.IO.File.WriteAllText(new string(new[] { 'p', 'w', 'n', 'e', 'd' }), new string('x', 1));\n#pragma warning disable 1030\n#warning x" + end;

    [Fact]
    public void Evaluate_RulesFolderNamedLikeCode_EvaluatesAndRunsNothing()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, CodeInName());

        var result = Evaluate(rules);

        AssertEvaluatedWithoutRunningTheName(result);
    }

    [Fact]
    public void Evaluate_VersionFolderNamedLikeCode_EvaluatesAndRunsNothing()
    {
        var rules = _temp.CopyTree(TestPaths.CurrentVersion, Path.Combine("rules", "daily-seg", CodeInName()));

        var result = Evaluate(rules);

        AssertEvaluatedWithoutRunningTheName(result);
    }

    [Fact]
    public void Evaluate_PageFileNamedLikeCode_EvaluatesAndRunsNothing()
    {
        var rules = PageFileNamedLikeCode();

        var result = Evaluate(rules);

        AssertEvaluatedWithoutRunningTheName(result);
    }

    [Fact]
    public void ReplayAsStored_SnapshotWithPageFileNamedLikeCode_ReproducesAndRunsNothing()
    {
        var database = _temp.File("store.db");
        Assert.Equal(0, Evaluate(PageFileNamedLikeCode(), "--db", database).ExitCode);
        File.Delete(_temp.File(Marker));

        var replay = CliProcess.Run(_temp.Path, "replay", "--as-stored", "--db", database);

        Assert.Equal(0, replay.ExitCode);
        Assert.Contains("all reproduced exactly", replay.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File(Marker)), "replaying the stored rule set ran code from its file name");
    }

    [Fact]
    public void RulesCheck_HomeFolderWithQuote_ChecksEveryVersion()
    {
        var rules = _temp.CopyTree(TestPaths.BundledRules, Path.Combine("o\"neil", "rules"));

        var result = CliProcess.Run(_temp.Path, "rules", "check", "--rules", rules);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("ok  daily-seg 2012-11-30", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesCheck_HomeFolderWithQuote_ReportsAFormulaProblemAtItsPosition()
    {
        var rules = _temp.CopyTree(TestPaths.CurrentVersion, Path.Combine("o\"neil", "v"));
        var page = Path.Combine(rules, "segregation.yaml");
        File.WriteAllText(page, File.ReadAllText(page).Replace("when: \"[7190] < 0\"", "when: \"[7190] < nosuch(0)\"", StringComparison.Ordinal));

        var result = CliProcess.Run(_temp.Path, "rules", "check", "--rules", rules);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"o""neil/v/segregation\.yaml\(\d+,\d+\): error SR3002: 'nosuch'", result.Error);
        Assert.DoesNotContain("SR4001", result.Error, StringComparison.Ordinal);
    }

    private string PageFileNamedLikeCode()
    {
        var version = _temp.CopyTree(TestPaths.CurrentVersion, Path.Combine("rules", "daily-seg", Path.GetFileName(TestPaths.CurrentVersion)));
        var page = CodeInName(".yaml");
        File.Move(Path.Combine(version, "segregation.yaml"), Path.Combine(version, page));
        var quoted = page.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        var manifest = Path.Combine(version, "manifest.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("- segregation.yaml", $"- \"{quoted}\"", StringComparison.Ordinal));
        return version;
    }

    private CliProcess.Result Evaluate(string rules, params string[] more) =>
        CliProcess.Run(_temp.Path, ["evaluate", TestPaths.SeedSample, "--rules", rules, .. more.Length == 0 ? ["--no-store"] : more]);

    private void AssertEvaluatedWithoutRunningTheName(CliProcess.Result result)
    {
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("350,288,368 [7190]", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File(Marker)), "a file or folder name ran as code");
    }

    public void Dispose() => _temp.Dispose();
}
