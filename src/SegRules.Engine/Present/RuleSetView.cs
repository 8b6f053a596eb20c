using SegRules.Engine.Model;

namespace SegRules.Engine.Present;

/// <summary>
/// One version of a form as a reviewer reads it: its dates, sources and assumptions, every page's
/// lines with their formulas and citations, the supplemental figures, and the checks.
/// </summary>
/// <param name="Version">The version as listed.</param>
/// <param name="Citations">The rules and notices that define it.</param>
/// <param name="Assumptions">Readings no source states.</param>
/// <param name="Pages">The pages with their lines, figures and checks.</param>
public sealed record RuleSetView(RuleVersionView Version, IReadOnlyList<string> Citations, IReadOnlyList<string> Assumptions, IReadOnlyList<RulePageView> Pages)
{
    /// <summary>The view of <paramref name="form"/>, listed as <paramref name="version"/>.</summary>
    public static RuleSetView Of(FormDefinition form, RuleVersionView version) => new(
        version, form.Info.Citations, form.Info.Assumptions,
        form.Pages.Select(p => new RulePageView(
            p.Id, p.Title, p.Citation, p.Source,
            p.Lines.Select(RuleLineView.Of).ToArray(),
            p.Supplementals.Select(RuleLineView.Of).ToArray(),
            p.Checks.Select(RuleCheckView.Of).ToArray())).ToArray());
}
