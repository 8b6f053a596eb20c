namespace SegRules.Engine.Model;

/// <summary>What a version's manifest says about it: which form, which version, when it is in force, on what authority.</summary>
/// <param name="Form">The form id, e.g. <c>daily-seg</c>.</param>
/// <param name="Version">The version id, unique within the form.</param>
/// <param name="Title">The form's printed title.</param>
/// <param name="EffectiveFrom">First as-of date the version applies to.</param>
/// <param name="EffectiveTo">Last as-of date it applies to; null while it is in force.</param>
/// <param name="Citations">The rules and notices that define this version.</param>
/// <param name="Assumptions">Readings no source states, recorded so reviewers can challenge them.</param>
public sealed record FormVersionInfo(
    string Form,
    string Version,
    string Title,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<string> Citations,
    IReadOnlyList<string> Assumptions)
{
    /// <summary>The documents the version rests on, with their Federal Register pages or notice numbers and effective dates.</summary>
    public IReadOnlyList<VersionSource> Sources { get; init; } = [];

    /// <summary>True when the version applies to a statement as of <paramref name="asOf"/>.</summary>
    public bool Covers(DateOnly asOf) => asOf >= EffectiveFrom && (EffectiveTo is null || asOf <= EffectiveTo);

    /// <summary>The effective period as people write it, e.g. <c>2012-11-30 to open</c>.</summary>
    public string EffectivePeriod => $"{EffectiveFrom:yyyy-MM-dd} to {(EffectiveTo is { } to ? to.ToString("yyyy-MM-dd") : "open")}";
}
