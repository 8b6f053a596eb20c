using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Validate;

/// <summary>
/// Every broken rule set of Fixtures/BrokenRules is refused with exactly the diagnostics its
/// expected.txt lists, at the right file, line and column, and nothing of it is ever compiled or run.
/// </summary>
public sealed class BrokenRuleFilesTests
{
    private const string Balances = "firm: Test FCM\nas_of: 2017-12-26\nform: daily-seg\nvalues:\n  7010: 1\n  7020: 2\n";

    public static TheoryData<string> Cases => new(BrokenRuleCase.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_BrokenRuleSet_ReportsExactlyTheExpectedDiagnostics(string name)
    {
        // Arrange
        var broken = BrokenRuleCase.Load(name);
        var diagnostics = new DiagnosticBag();

        // Act
        var form = RuleRepository.Load(broken.Directory, diagnostics);

        // Assert
        Assert.Null(form);
        var actual = diagnostics.Items.Select(d => (Where: broken.Locate(d), d.Message)).ToArray();
        Assert.Equal(broken.Expected.Select(BrokenRuleCase.Locate).Order(StringComparer.Ordinal), actual.Select(a => a.Where).Order(StringComparer.Ordinal));
        foreach (var expected in broken.Expected.Where(e => e.Fragment is not null))
        {
            Assert.Contains(expected.Fragment!, actual.First(a => a.Where == BrokenRuleCase.Locate(expected)).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_BrokenRuleSet_RefusedWithoutCompilingOrRunningAnything(string name)
    {
        // Arrange
        using var temp = new TempDirectory();
        var sideEffect = temp.File("segrules-pwned-" + Guid.NewGuid().ToString("N"));
        var rules = BrokenRuleCase.Load(name).CopyInto(temp, sideEffect);
        var balances = temp.Write("balances.yaml", Balances);
        var compiler = new FormCompiler();

        // Act
        var outcome = new Engine.Pipeline.EvaluationPipeline(new Engine.Rules.RuleRepository(rules), new Engine.Pipeline.CompiledRuleSets(compiler, null)).Evaluate(balances);
        var cli = CliInProcess.Run("evaluate", balances, "--rules", rules, "--no-store");

        // Assert
        Assert.False(outcome.Succeeded);
        Assert.Equal(0, compiler.Compilations);
        Assert.Equal(2, cli.ExitCode);
        Assert.Equal("", cli.Output);
        Assert.False(File.Exists(sideEffect), "a formula wrote " + sideEffect);
    }

    [Fact]
    public void BrokenRulesCorpus_AllCases_CoverEveryDiagnosticOfAVersionFolder()
    {
        // Arrange
        string[] versionFolderIds =
        [
            "SR1001", "SR1002", "SR1003", "SR1004", "SR1005", "SR1006", "SR1007", "SR1008",
            "SR2001", "SR2002", "SR2003", "SR2004", "SR2005", "SR2006", "SR2007", "SR2008", "SR2009", "SR2010", "SR2011", "SR2012", "SR2014",
            "SR3001", "SR3002", "SR3003", "SR3004", "SR3005", "SR3006", "SR3007", "SR3008",
            "SR7101", "SR7102",
        ];

        // Act
        var covered = BrokenRuleCase.Names.Select(BrokenRuleCase.Load).SelectMany(c => c.Expected).Select(e => e.Id).ToHashSet();

        // Assert
        Assert.Empty(versionFolderIds.Except(covered));
        Assert.True(BrokenRuleCase.Names.Count() >= 25);
    }

    [Fact]
    public void BrokenRulesCorpus_HostileWrite_PointsAtTheSideEffectMarker()
    {
        // Arrange
        var hostile = BrokenRuleCase.Load("hostile-file-write-double-quoted");

        // Act
        var page = File.ReadAllText(Path.Combine(hostile.Directory, "page.yaml"));

        // Assert
        Assert.Contains(BrokenRuleCase.SideEffectMarker, page, StringComparison.Ordinal);
    }
}
