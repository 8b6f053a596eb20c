using SegRules.Engine.Model;

namespace SegRules.Authoring.Quality;

/// <summary>One mutant of a version: the line or check whose formula was changed, and the change.</summary>
/// <param name="Id">Stable name, e.g. <c>[7040] segregation.yaml(38,16) '+' -> '-'</c>; equivalent-mutants.yaml names mutants by it.</param>
/// <param name="Target">The line or check changed.</param>
/// <param name="Mutation">The change.</param>
public sealed record Mutant(string Id, LineKey Target, Mutation Mutation);
