namespace SegRules.Engine.Present;

/// <summary>One page of a statement: its id, heading, the regulation it implements, and its lines in printed order.</summary>
/// <param name="Id">The page id.</param>
/// <param name="Title">The heading.</param>
/// <param name="Citation">The statute or regulation.</param>
/// <param name="Lines">The lines in printed order.</param>
public sealed record StatementPageView(string Id, string Title, string? Citation, IReadOnlyList<StatementLineView> Lines);
