using SegRules.Engine.Model;

namespace SegRules.Authoring.Quality;

/// <summary>One mutant of a version: the line or check whose formula was changed, and the change.</summary>
/// <param name="Id">
/// Stable name: the line or check and the change, e.g. <c>[7040] '+' -> '-' #2</c> (the second such change
/// in the formula); equivalent-mutants.yaml names mutants by it. It does not hold the position, so it
/// stays the same when other parts of the file are edited.
/// </param>
/// <param name="Target">The line or check changed.</param>
/// <param name="Mutation">The change.</param>
public sealed record Mutant(string Id, LineKey Target, Mutation Mutation)
{
    /// <summary>Where the changed node is, e.g. <c>segregation.yaml(38,16)</c>.</summary>
    public string Place => $"{Path.GetFileName(Mutation.Position.File)}({Mutation.Position.Line},{Mutation.Position.Column})";
}
