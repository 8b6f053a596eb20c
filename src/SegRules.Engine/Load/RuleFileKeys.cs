namespace SegRules.Engine.Load;

/// <summary>The keys each kind of rule file mapping allows (docs/rule-files.md describes them).</summary>
public static class RuleFileKeys
{
    /// <summary>Keys of <c>manifest.yaml</c>.</summary>
    public static readonly IReadOnlyCollection<string> Manifest =
        ["form", "version", "title", "effective_from", "effective_to", "sources", "citations", "assumptions", "pages"];

    /// <summary>Keys of a source of the manifest's <c>sources</c>.</summary>
    public static readonly IReadOnlyCollection<string> Source = ["document", "reference", "effective", "note"];

    /// <summary>Keys of a page file.</summary>
    public static readonly IReadOnlyCollection<string> Page = ["page", "title", "citation", "targets", "lines", "supplemental", "checks"];

    /// <summary>Keys of a supplemental figure declaration.</summary>
    public static readonly IReadOnlyCollection<string> Supplemental = ["id", "label", "citation", "note"];

    /// <summary>Keys of a check.</summary>
    public static readonly IReadOnlyCollection<string> Check =
        ["id", "title", "when", "severity", "message", "citation", "action", "deadline", "note"];

    /// <summary>Keys of a line entry.</summary>
    public static readonly IReadOnlyCollection<string> Line =
        ["code", "id", "line", "label", "kind", "sign", "formula", "default", "citation", "note", "section"];

    /// <summary>Keys of a target declaration.</summary>
    public static readonly IReadOnlyCollection<string> Target =
        ["pool", "label", "citation", "amount", "percent", "amount_range", "percent_range"];
}
