namespace SegRules.Engine.Model;

/// <summary>A validated formula: its text as written and the expression tree it was parsed into.</summary>
/// <param name="Text">The formula exactly as written in the rule file.</param>
/// <param name="Root">The expression tree; built only from allow-listed syntax.</param>
/// <param name="Position">Where the formula text starts.</param>
public sealed record Formula(string Text, FormulaNode Root, SourcePosition Position)
{
    /// <summary>Every line reference in the formula, in source order, with its position.</summary>
    public IReadOnlyList<LineReference> ReferenceNodes { get; } = FormulaReferences.Of(Root).OfType<LineReference>().ToArray();

    /// <summary>Every filed-figure reference in the formula, in source order, with its position.</summary>
    public IReadOnlyList<FiledReference> FiledNodes { get; } = FormulaReferences.Of(Root).OfType<FiledReference>().ToArray();

    /// <summary>The distinct lines the formula reads, in first-use order.</summary>
    public IReadOnlyList<LineKey> References => ReferenceNodes.Select(r => r.Key).Distinct().ToArray();

    /// <summary>The distinct lines whose filed figures the formula reads, in first-use order.</summary>
    public IReadOnlyList<LineKey> FiledReferences => FiledNodes.Select(r => r.Key).Distinct().ToArray();
}
