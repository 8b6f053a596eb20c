namespace SegRules.Engine.Model;

/// <summary>A document a version rests on, named so a reviewer can find it and see when it took effect.</summary>
/// <param name="Document">What it is, e.g. <c>CFTC customer protection rules (17 CFR 1.11, 1.12, 1.22, 1.23, 22.17, 30.7)</c>.</param>
/// <param name="Reference">Where it is published: a Federal Register page (<c>78 FR 68506</c>) or a notice number (<c>NFA Notice I-12-29</c>).</param>
/// <param name="Effective">The date it took effect, when the sources give one.</param>
/// <param name="Note">What the version takes from it, or what about it is unconfirmed.</param>
public sealed record VersionSource(string Document, string? Reference, DateOnly? Effective, string? Note)
{
    /// <summary>The source on one line, e.g. <c>CFTC customer protection rules, 78 FR 68506, effective 2014-01-13</c>.</summary>
    public override string ToString() =>
        Document + (Reference is null ? "" : $", {Reference}") + (Effective is { } date ? $", effective {date:yyyy-MM-dd}" : "");
}
