namespace SegRules.Authoring.Diff;

/// <summary>Two versions of a form compared, as <c>rules diff --format json</c> and the web API show it.</summary>
/// <param name="Form">The form id.</param>
/// <param name="From">The version compared from.</param>
/// <param name="To">The version compared to.</param>
/// <param name="Changes">Every difference, in printed order.</param>
public sealed record RuleDiffView(string Form, string From, string To, IReadOnlyList<RuleChange> Changes);
