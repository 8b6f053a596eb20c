using System.Text.Json;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Authoring;

/// <summary>Lint's warnings, structured citations and line lineage on an analyst's copy of the bundled rules.</summary>
public sealed class AuthoringWarningsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _rules;
    private readonly string _segregation;

    public AuthoringWarningsTests()
    {
        _rules = _temp.CopyTree(TestPaths.BundledRules, "rules");
        _segregation = Path.Combine(_rules, "daily-seg", "2012-11-30", "segregation.yaml");
    }

    [Fact]
    public void Lint_EditsThatWorkButLookWrong_WarnAtTheirPlaceAndExitZero()
    {
        Edit("    formula: \"[7180] - [7060]\"\n    citation: 17 CFR 1.20; 17 CFR 1.12 (notice of undersegregation)\n",
            "    formula: \"[7180] - [7060] * 1.5\"\n");
        Edit("label: Excess (deficiency) funds in segregation (subtract line 6 from line 13)", "label: Excess funds in segregation");

        var lint = CliInProcess.Run("rules", "lint", "--rules", _rules);

        Assert.Equal(0, lint.ExitCode);
        Assert.Contains(": warning SR7706: the constant 1.5 in line [7190]", lint.Output);
        Assert.Contains(": warning SR7705: [7190] was labelled 'Excess (deficiency) funds in segregation (subtract line 6 from line 13)' in version 2012-11-08", lint.Output);
    }

    [Fact]
    public void Lint_LineageDeclaresTheRelabel_NoLabelWarning()
    {
        Edit("label: Excess (deficiency) funds in segregation (subtract line 6 from line 13)", "label: Excess funds in segregation");
        File.WriteAllText(Path.Combine(_rules, "daily-seg", "2012-11-30", "lineage.yaml"), "lines:\n  - line: 7190\n    change: relabelled\n");

        var lint = CliInProcess.Run("rules", "lint", "--rules", _rules);
        var diff = CliInProcess.Run("rules", "diff", "2012-11-08", "2012-11-30", "--rules", _rules, "--format", "json");

        // The declared relabel (2012-11-08 -> 2012-11-30) is not flagged; 2014-01-13, which keeps the old label, still differs from the edited one.
        Assert.DoesNotContain("in version 2012-11-08", lint.Output);
        Assert.DoesNotContain("2012-11-30/segregation.yaml(", lint.Output);
        using var json = JsonDocument.Parse(diff.Output);
        Assert.Contains(json.RootElement.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("area").GetString() == "line" && c.GetProperty("key").GetString() == "7190" && c.GetProperty("change").GetString() == "lineage" && c.GetProperty("new").GetString() == "relabelled");
    }

    [Fact]
    public void Diff_LineageRenumbersALine_ComparedWithTheLineItContinues()
    {
        Edit("  - code: 7190\n", "  - code: 7191\n");
        foreach (var file in Directory.GetFiles(Path.Combine(_rules, "daily-seg", "2012-11-30"), "*.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("[7190]", "[7191]", StringComparison.Ordinal).Replace("    7190:", "    7191:", StringComparison.Ordinal));
        }

        File.WriteAllText(Path.Combine(_rules, "daily-seg", "2012-11-30", "lineage.yaml"), "lines:\n  - line: 7191\n    change: renumbered\n    from: [7190]\n");

        var diff = CliInProcess.Run("rules", "diff", "2012-11-08", "2012-11-30", "--rules", _rules, "--format", "json");

        using var json = JsonDocument.Parse(diff.Output);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("area").GetString() == "line").ToArray();
        Assert.DoesNotContain(changes, c => c.GetProperty("key").GetString() is "7190" or "7191" && c.GetProperty("change").GetString() is "added" or "removed");
    }

    [Fact]
    public void Citation_ListOfSources_ReadWithPartsAndShortFormsAndLintedForEffectiveDate()
    {
        Edit("    formula: \"[7180] - [7060]\"\n    citation: 17 CFR 1.20; 17 CFR 1.12 (notice of undersegregation)\n",
            "    formula: \"[7180] - [7060]\"\n    citation:\n      - 17 CFR 1.20\n      - authority: CFTC\n        document: 17 CFR 1.12\n        section: (h)\n        federal_register: 78 FR 68506\n        effective: 2014-01-13\n        link: https://www.ecfr.gov/current/title-17/section-1.12\n");
        var problems = new DiagnosticBag();

        var form = RuleRepository.Load(Path.Combine(_rules, "daily-seg", "2012-11-30"), problems);
        var lint = CliInProcess.Run("rules", "lint", "--rules", _rules);
        var docs = CliInProcess.Run("rules", "docs", "2012-11-30", "--rules", _rules);

        Assert.Empty(problems.Items);
        var line = form![new Engine.Model.LineKey("7190")];
        Assert.Equal("17 CFR 1.20; CFTC 17 CFR 1.12 (h), 78 FR 68506, effective 2014-01-13", line.Citation);
        Assert.Equal([null, new DateOnly(2014, 1, 13)], line.Sources.Select(s => s.Effective));
        Assert.Contains(": warning SR7707: line [7190] cites CFTC 17 CFR 1.12 (h), effective 2014-01-13, after the version takes effect on 2012-11-30", lint.Output);
        Assert.Contains("(<https://www.ecfr.gov/current/title-17/section-1.12>)", docs.Output);
    }

    [Fact]
    public void Citation_SourceWithScriptLink_Refused()
    {
        Edit("    citation: 17 CFR 1.20; 17 CFR 1.12 (notice of undersegregation)\n",
            "    citation:\n      - document: 17 CFR 1.12\n        link: javascript:alert(1)\n");

        var lint = CliInProcess.Run("rules", "lint", "--rules", _rules);

        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("error SR1007: 'javascript:alert(1)' is not a valid link", lint.Output);
    }

    private void Edit(string old, string replacement)
    {
        var text = File.ReadAllText(_segregation);
        Assert.Contains(old, text);
        File.WriteAllText(_segregation, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
