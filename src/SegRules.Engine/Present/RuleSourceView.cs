namespace SegRules.Engine.Present;

/// <summary>A document a version rests on: its name, Federal Register page or notice number, effective date and a note.</summary>
/// <param name="Document">The document.</param>
/// <param name="Reference">Its Federal Register page or notice number.</param>
/// <param name="Effective">When it took effect (yyyy-MM-dd).</param>
/// <param name="Note">What it changed, or a caveat.</param>
public sealed record RuleSourceView(string Document, string? Reference, string? Effective, string? Note);
