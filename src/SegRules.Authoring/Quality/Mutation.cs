using SegRules.Engine.Model;

namespace SegRules.Authoring.Quality;

/// <summary>One change made to a formula tree: the changed tree, what was changed, and where.</summary>
/// <param name="Root">The whole formula's tree with the change made.</param>
/// <param name="Description">What was changed, e.g. <c>'+' -> '-'</c>.</param>
/// <param name="Position">Where the changed node starts in the rule file.</param>
public sealed record Mutation(FormulaNode Root, string Description, SourcePosition Position);
