using SegRules.Engine.Model;

namespace SegRules.Engine.Present;

/// <summary>One version of a form as <c>rules list</c> shows it: when it is in force, its hash and size, where it lives.</summary>
/// <param name="Form">The form id.</param>
/// <param name="Version">The version id.</param>
/// <param name="Title">The form's title.</param>
/// <param name="EffectiveFrom">First as-of date it applies to.</param>
/// <param name="EffectiveTo">Last as-of date it is in force (its own end, or the day before the next version); null while open.</param>
/// <param name="Hash">The rule set's content hash.</param>
/// <param name="Lines">How many lines.</param>
/// <param name="Checks">How many checks.</param>
/// <param name="Directory">The version's folder.</param>
/// <param name="Sources">The documents the version rests on.</param>
public sealed record RuleVersionView(
    string Form, string Version, string Title, string EffectiveFrom, string? EffectiveTo, string Hash, int Lines, int Checks, string Directory, IReadOnlyList<RuleSourceView> Sources)
{
    /// <summary>The view of <paramref name="form"/>, in force until <paramref name="until"/>, read from <paramref name="directory"/>.</summary>
    public static RuleVersionView Of(FormDefinition form, DateOnly? until, string directory) => new(
        form.Info.Form, form.Info.Version, form.Info.Title, form.Info.EffectiveFrom.ToString("yyyy-MM-dd"), until?.ToString("yyyy-MM-dd"),
        form.Hash, form.Lines.Count(), form.Checks.Count(), directory,
        form.Info.Sources.Select(s => new RuleSourceView(s.Document, s.Reference, s.Effective?.ToString("yyyy-MM-dd"), s.Note)).ToArray());
}
