using SegRules.Engine.Diagnostics;
using SegRules.Tests.Support;

namespace SegRules.Tests.Checks;

/// <summary>Checks are validated like lines: every problem reported, at its file, line and column.</summary>
public sealed class CheckValidationTests : IDisposable
{
    private const string Manifest = """
        form: test-form
        version: "1"
        title: Test form
        effective_from: 2020-01-01
        pages: [page.yaml]
        """;

    private const string Lines = """
        page: p
        title: Test page
        lines:
          - code: 100
            label: Funds
            kind: input
          - code: 200
            label: Requirement
            kind: input
          - code: 300
            label: Excess
            kind: formula
            formula: "[100] - [200]"

        """;

    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("when: \"[999] < 0\"", 17, 12, "SR2002")]
    [InlineData("severity: fatal", 18, 15, "SR1007")]
    [InlineData("message: \"Short by {-[301]:N0}\"", 19, 26, "SR2002")]
    [InlineData("message: \"Short by {[300]:X9}\"", 19, 31, "SR3009")]
    [InlineData("message: \"Short by {[300]\"", 19, 24, "SR3009")]
    [InlineData("message: \"Short by {}\"", 19, 25, "SR3009")]
    [InlineData("when: \"[300]\"", 17, 12, "SR3004")]
    [InlineData("when: \"[300] < 0 && [deficit]\"", 17, 12, "SR2003")]
    [InlineData("when: \"System.IO.File.Exists(\\\"x\\\")\"", 17, 12, "SR3001")]
    public void Load_CheckWithOneDefect_ReportsItAtItsPosition(string replacement, int line, int column, string id)
    {
        var key = replacement[..replacement.IndexOf(':')];
        var check = Check().Split('\n').Select(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal) ? "    " + replacement : l);

        var problems = Load(string.Join('\n', check));

        var problem = Assert.Single(problems);
        Assert.Equal((id, line, column), (problem.Id, problem.Position!.Line, problem.Position.Column));
    }

    [Fact]
    public void Load_LineFormulaReadingACheck_IsRejected()
    {
        var problems = Load(Check(), extraLine: """
              - code: 400
                label: Reads a check
                kind: formula
                formula: "[deficit] ? 1 : 0"
            """);

        Assert.Contains(problems, p => p.Id == "SR2015" && p.Message.Contains("[deficit]"));
    }

    [Fact]
    public void Load_ValidCheck_HasNoProblems()
    {
        Assert.Empty(Load(Check()));
    }

    private static string Check() => """
        checks:
          - id: deficit
            title: Short
            when: "[300] < 0"
            severity: critical
            message: "Short by {-[300]:N0}"
            deadline: immediately
        """;

    private IReadOnlyList<Diagnostic> Load(string checks, string extraLine = "")
    {
        var directory = Path.Combine(_temp.Path, Guid.NewGuid().ToString("N"));
        _temp.Write(Path.Combine(directory, "manifest.yaml"), Manifest);
        _temp.Write(Path.Combine(directory, "page.yaml"), Lines + (extraLine.Length > 0 ? extraLine + "\n" : "") + checks);
        return RuleSets.Problems(directory);
    }

    public void Dispose() => _temp.Dispose();
}
