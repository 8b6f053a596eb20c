using SegRules.Engine.Diagnostics;
using SegRules.Tests.Support;

namespace SegRules.Tests.Load;

/// <summary>A manifest's <c>sources</c> are read into the version's facts, and a malformed source is reported where it is written.</summary>
public sealed class ManifestSourcesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Folder(string sources)
    {
        var folder = RuleFolder.Write(_temp.Path, ("page.yaml", RuleFolder.Page(["a"])));
        var manifest = Path.Combine(folder, "manifest.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("pages:\n", "sources:\n" + sources + "pages:\n", StringComparison.Ordinal));
        return folder;
    }

    [Fact]
    public void Load_SourceWithReferenceAndDate_ReadIntoTheVersionInfo()
    {
        var folder = Folder("  - document: CFTC customer protection rules\n    reference: 78 FR 68506\n    effective: 2014-01-13\n    note: most provisions\n");

        var source = Assert.Single(RuleSets.Load(folder).Info.Sources);

        Assert.Equal(("CFTC customer protection rules", "78 FR 68506", new DateOnly(2014, 1, 13), "most provisions"),
            (source.Document, source.Reference, source.Effective, source.Note));
        Assert.Equal("CFTC customer protection rules, 78 FR 68506, effective 2014-01-13", source.ToString());
    }

    [Theory]
    [InlineData("  - reference: 78 FR 68506\n", "SR1004", 6)]
    [InlineData("  - document: A rule\n    effective: 2014-02-30\n", "SR1007", 7)]
    [InlineData("  - document: A rule\n    refrence: 78 FR 68506\n", "SR1002", 7)]
    public void Load_MalformedSource_ReportedAtIt(string sources, string id, int line)
    {
        var problem = Assert.Single(RuleSets.Problems(Folder(sources)));

        Assert.Equal((id, line), (problem.Id, problem.Position?.Line));
    }

    public void Dispose() => _temp.Dispose();
}
