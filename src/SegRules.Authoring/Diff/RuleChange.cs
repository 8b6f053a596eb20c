namespace SegRules.Authoring.Diff;

/// <summary>One difference between two versions of a form.</summary>
/// <param name="Area">What differs: <c>manifest</c>, <c>source</c>, <c>citation</c> or <c>assumption</c> (of the manifest), <c>page</c>, <c>line</c>, <c>supplemental</c>, <c>target</c> or <c>check</c>.</param>
/// <param name="Key">The page id, line code or id, pool, or check id (empty for the manifest and its lists).</param>
/// <param name="Change">How it differs: <c>added</c>, <c>removed</c>, or the field that changed (<c>formula</c>, <c>label</c>, <c>line number</c>...).</param>
/// <param name="Old">The value in the first version (null when added).</param>
/// <param name="New">The value in the second version (null when removed).</param>
public sealed record RuleChange(string Area, string Key, string Change, string? Old, string? New);
