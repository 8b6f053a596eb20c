using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>A version's manifest as written: every value still a positioned scalar.</summary>
public sealed record ManifestSyntax(
    ScalarNode? Form,
    ScalarNode? Version,
    ScalarNode? Title,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<SourceSyntax> Sources,
    IReadOnlyList<string> Citations,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<ScalarNode> PageFiles,
    SourcePosition Start);

/// <summary>One source of a manifest as written.</summary>
public sealed record SourceSyntax(ScalarNode? Document, ScalarNode? Reference, DateOnly? Effective, ScalarNode? Note, SourcePosition Start);

/// <summary>A page file as written.</summary>
public sealed record PageSyntax(
    ScalarNode? Id,
    ScalarNode? Title,
    ScalarNode? Citation,
    IReadOnlyList<LineSyntax> Lines,
    IReadOnlyList<TargetSyntax> Targets,
    IReadOnlyList<SupplementalSyntax> Supplementals,
    IReadOnlyList<CheckSyntax> Checks,
    string RelativePath,
    SourcePosition Start);

/// <summary>One supplemental figure declaration as written.</summary>
public sealed record SupplementalSyntax(ScalarNode? Id, ScalarNode? Label, ScalarNode? Citation, ScalarNode? Note, SourcePosition Start)
{
    /// <summary>The citation's sources (one for the short string form).</summary>
    public IReadOnlyList<CitationSource> Sources { get; init; } = [];
}


/// <summary>One check as written.</summary>
public sealed record CheckSyntax(
    ScalarNode? Id,
    ScalarNode? Title,
    ScalarNode? When,
    ScalarNode? Severity,
    ScalarNode? Message,
    ScalarNode? Citation,
    ScalarNode? Action,
    ScalarNode? Deadline,
    ScalarNode? Note,
    SourcePosition Start)
{
    /// <summary>The citation's sources (one for the short string form).</summary>
    public IReadOnlyList<CitationSource> Sources { get; init; } = [];
}


/// <summary>One line entry of a page file as written.</summary>
public sealed record LineSyntax(
    ScalarNode? Code,
    ScalarNode? Id,
    ScalarNode? PrintedLine,
    ScalarNode? Label,
    ScalarNode? Kind,
    ScalarNode? Sign,
    ScalarNode? Formula,
    ScalarNode? Default,
    ScalarNode? Citation,
    ScalarNode? Note,
    ScalarNode? Section,
    SourcePosition Start)
{
    /// <summary>The citation's sources (one for the short string form).</summary>
    public IReadOnlyList<CitationSource> Sources { get; init; } = [];
}


/// <summary>One residual interest target declaration of a cover page as written.</summary>
public sealed record TargetSyntax(
    ScalarNode? Pool,
    ScalarNode? Label,
    ScalarNode? Citation,
    ScalarNode? Amount,
    ScalarNode? Percent,
    (ScalarNode Low, ScalarNode High)? AmountRange,
    (ScalarNode Low, ScalarNode High)? PercentRange,
    SourcePosition Start);

/// <summary>A whole version folder as read: manifest, pages and the exact file texts.</summary>
/// <param name="Manifest">The manifest.</param>
/// <param name="Pages">The page files, in the manifest's order.</param>
/// <param name="Files">Every file read, with its exact text.</param>
/// <param name="Directory">The version folder, or the name of the texts when they were read from memory.</param>
public sealed record RuleSetSyntax(ManifestSyntax Manifest, IReadOnlyList<PageSyntax> Pages, IReadOnlyList<RuleSetFile> Files, string Directory);
