using SegRules.Authoring.Docs;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Authoring;

/// <summary>docs/forms/ holds the document of every bundled version, as <c>segrules rules docs --out docs/forms</c> writes it now.</summary>
public sealed class FormDocsTests : IDisposable
{
    private const string Regenerate = "regenerate with: dotnet run --project src/SegRules.Host -- rules docs --out docs/forms";

    private readonly TempDirectory _temp = new();

    public static TheoryData<string> BundledVersions => new(new RuleRepository(TestPaths.BundledRules).Versions.Select(v => v.Info.Version));

    [Theory]
    [MemberData(nameof(BundledVersions))]
    public void DocsForms_BundledVersion_IsCurrent(string version)
    {
        var repository = new RuleRepository(TestPaths.BundledRules);
        var problems = new DiagnosticBag();
        var found = repository.Find("daily-seg", version, problems)!;
        var previous = repository.Previous(found);

        var files = FormDocs.Render(repository.LoadOnce(found, problems)!, previous is null ? null : repository.LoadOnce(previous, problems));

        Assert.Empty(problems.Items);
        foreach (var (name, text) in files)
        {
            var committed = Path.Combine(TestPaths.RepoRoot, "docs", "forms", "daily-seg", name);
            Assert.True(File.Exists(committed), $"docs/forms/daily-seg/{name} is missing: {Regenerate}");
            Assert.True(File.ReadAllText(committed) == text, $"docs/forms/daily-seg/{name} is out of date: {Regenerate}");
        }
    }

    [Fact]
    public void RulesDocs_OutFolder_WritesMarkdownHtmlAndSvgWithLinesChecksAndChanges()
    {
        var docs = CliInProcess.Run("rules", "docs", "2012-11-30", "--out", _temp.Path);

        Assert.Equal(0, docs.ExitCode);
        var markdown = File.ReadAllText(_temp.File("daily-seg/2012-11-30.md"));
        var html = File.ReadAllText(_temp.File("daily-seg/2012-11-30.html"));
        var svg = File.ReadAllText(_temp.File("daily-seg/2012-11-30.svg"));
        Assert.Contains("## Changes from version 2012-11-08", markdown);
        Assert.Contains("| 14 | Excess (deficiency) funds in segregation (subtract line 6 from line 13) | 7190 | = line 13 \\[7180\\] - line 6 \\[7060\\] |", markdown);
        Assert.Contains("line 14 \\[7190\\] is less than 0", markdown);
        Assert.Contains("<td>line 14 [7190] is less than 0</td>", html);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.Contains("[7190] line 14", svg);
    }

    public void Dispose() => _temp.Dispose();
}
