using System.Globalization;
using SegRules.Authoring.Quality;

namespace SegRules.Host.Output;

/// <summary>Prints <c>rules test --coverage/--mutate</c>: per version the coverage, what no case exercises, and the mutants no case kills.</summary>
public static class QualityTextWriter
{
    /// <summary>Writes <paramref name="quality"/> to <paramref name="output"/>.</summary>
    public static void Write(VersionQuality quality, TextWriter output)
    {
        var coverage = quality.Coverage;
        var info = quality.Version.Info;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{info.Form} {info.Version} coverage: formula lines {coverage.LinePercent} % ({coverage.Lines.Count(l => l.Covered)}/{coverage.Lines.Count}), checks {coverage.CheckPercent} % ({coverage.Checks.Count(c => c.Covered)}/{coverage.Checks.Count})"));
        foreach (var line in coverage.UncoveredLines)
        {
            output.WriteLine($"  not covered: line {line.Key.AsReference} at {line.Position}: no case expects it or a line or check computed from it");
        }

        foreach (var check in coverage.UncoveredChecks)
        {
            output.WriteLine($"  not covered: check {check.Check.Id} at {check.Check.Position}: {Missing(check)}");
        }

        if (quality.Mutation is not { } mutation)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{info.Form} {info.Version} mutation: {mutation.Total} mutants, {mutation.Killed.Count} killed, {mutation.Equivalent.Count} equivalent, {mutation.Survivors.Count} survive: score {mutation.Score} %"));
        foreach (var survivor in mutation.Survivors)
        {
            output.WriteLine($"  survives: {survivor.Id}  (at {survivor.Place})");
        }

        foreach (var equivalent in mutation.Equivalent)
        {
            output.WriteLine($"  equivalent (named in tests/{EquivalentMutants.FileName}): {equivalent.Id}");
        }

        foreach (var stale in mutation.StaleEquivalents)
        {
            output.WriteLine($"  listed as equivalent but not a surviving mutant (remove it from tests/{EquivalentMutants.FileName}): {stale}");
        }
    }

    /// <summary>What the cases lack for <paramref name="check"/>: a case where it fires, where it holds, or both.</summary>
    public static string Missing(CheckExercise check) => (check.Fired, check.Held) switch
    {
        (0, 0) => "no case evaluates it: add one where it fires and one where it holds",
        (0, _) => "no case sees it fire: add one where it fires",
        _ => "no case sees it hold: add one where it holds",
    };
}
