namespace SegRules.Engine.Present;

/// <summary>One page of a version: heading, regulation, rule file, lines, supplemental figures and checks.</summary>
/// <param name="Id">The page id.</param>
/// <param name="Title">The heading.</param>
/// <param name="Citation">The regulation it implements.</param>
/// <param name="Source">The rule file that defines it.</param>
/// <param name="Lines">The lines in printed order.</param>
/// <param name="Supplementals">Figures its checks need that the form does not carry.</param>
/// <param name="Checks">Its compliance checks.</param>
public sealed record RulePageView(
    string Id,
    string Title,
    string? Citation,
    string Source,
    IReadOnlyList<RuleLineView> Lines,
    IReadOnlyList<RuleLineView> Supplementals,
    IReadOnlyList<RuleCheckView> Checks);
