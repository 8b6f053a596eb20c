namespace SegRules.Authoring.Quality;

/// <summary>How a version's regression cases fared against every mutant of its formulas and conditions.</summary>
/// <param name="Killed">Mutants some case told apart from the rules (an expectation failed, or the arithmetic failed).</param>
/// <param name="Equivalent">Mutants that survived and are named as equivalent in tests/equivalent-mutants.yaml.</param>
/// <param name="Survivors">Mutants that survived and are not named as equivalent: cases to add.</param>
/// <param name="StaleEquivalents">Names in tests/equivalent-mutants.yaml that are no mutant that survives (killed, or gone).</param>
public sealed record MutationReport(
    IReadOnlyList<Mutant> Killed,
    IReadOnlyList<Mutant> Equivalent,
    IReadOnlyList<Mutant> Survivors,
    IReadOnlyList<string> StaleEquivalents)
{
    /// <summary>True when every mutant is killed or named equivalent, and every name is of a surviving mutant.</summary>
    public bool Explained => Survivors.Count == 0 && StaleEquivalents.Count == 0;

    /// <summary>Every mutant made.</summary>
    public int Total => Killed.Count + Equivalent.Count + Survivors.Count;

    /// <summary>Killed mutants as a percentage of the mutants that can be killed (equivalent ones left out); 100 when there are none.</summary>
    public decimal Score => Killed.Count + Survivors.Count == 0 ? 100m
        : Math.Round(100m * Killed.Count / (Killed.Count + Survivors.Count), 1, MidpointRounding.ToZero);
}
