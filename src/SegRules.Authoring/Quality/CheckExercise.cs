using SegRules.Engine.Model;

namespace SegRules.Authoring.Quality;

/// <summary>How a version's cases exercise one check: whether some case sees it fire and some case sees it hold.</summary>
/// <param name="Check">The check.</param>
/// <param name="Fired">Cases in which it fired.</param>
/// <param name="Held">Cases in which it was evaluated and held.</param>
public sealed record CheckExercise(CheckDefinition Check, int Fired, int Held)
{
    /// <summary>True when cases see it both fire and hold.</summary>
    public bool Covered => Fired > 0 && Held > 0;
}
