namespace SegRules.Engine.Model;

/// <summary>One page of a form (cover page, a statement), its lines in printed order and the checks beside them.</summary>
/// <param name="Id">Stable page id, e.g. <c>segregation</c>.</param>
/// <param name="Title">The page heading as the form prints it.</param>
/// <param name="Citation">The statute or regulation the page implements.</param>
/// <param name="Lines">The page's lines in printed order.</param>
/// <param name="Source">The rule file that defines the page, relative to the version folder.</param>
public sealed record Page(string Id, string Title, string? Citation, IReadOnlyList<LineDefinition> Lines, string Source)
{
    /// <summary>Figures the page's checks need that the form does not carry.</summary>
    public IReadOnlyList<LineDefinition> Supplementals { get; init; } = [];

    /// <summary>The compliance checks that act on the page's lines.</summary>
    public IReadOnlyList<CheckDefinition> Checks { get; init; } = [];
}
