using SegRules.Engine.Model;

namespace SegRules.Authoring.Quality;

/// <summary>
/// Which formula lines and checks a version's regression cases exercise. A formula line counts when
/// a case expects its value, or the value of a line or the outcome of a check computed from it; a
/// check counts when the cases see it both fire and hold.
/// </summary>
/// <param name="Lines">Every formula line and whether a case exercises it.</param>
/// <param name="Checks">Every check and how the cases exercise it.</param>
public sealed record CoverageReport(IReadOnlyList<(LineDefinition Line, bool Covered)> Lines, IReadOnlyList<CheckExercise> Checks)
{
    /// <summary>Percentage of formula lines exercised (100 when there are none).</summary>
    public decimal LinePercent => Percent(Lines.Count(l => l.Covered), Lines.Count);

    /// <summary>Percentage of checks seen both firing and holding (100 when there are none).</summary>
    public decimal CheckPercent => Percent(Checks.Count(c => c.Covered), Checks.Count);

    /// <summary>The formula lines no case exercises.</summary>
    public IEnumerable<LineDefinition> UncoveredLines => Lines.Where(l => !l.Covered).Select(l => l.Line);

    /// <summary>The checks the cases do not see both fire and hold.</summary>
    public IEnumerable<CheckExercise> UncoveredChecks => Checks.Where(c => !c.Covered);

    /// <summary>Measures how <paramref name="cases"/> exercise their version.</summary>
    public static CoverageReport Measure(CaseSet cases)
    {
        var form = cases.Form;
        var observed = new HashSet<LineKey>();
        var pending = new Stack<LineKey>(cases.Cases.SelectMany(c => c.Case.Lines.Select(l => new LineKey(l.Key.Value))
            .Concat(c.Case.Fired.Concat(c.Case.NotFired).Select(n => new LineKey(n.Value)))));
        while (pending.TryPop(out var key))
        {
            if (!observed.Add(key))
            {
                continue;
            }

            var reads = form.TryGetCheck(key, out var check) ? check.When.References
                : form.TryGetLine(key, out var line) && line.Formula is { } formula ? formula.References : [];
            foreach (var read in reads)
            {
                pending.Push(read);
            }
        }

        var lines = form.Lines.Where(l => l.Kind == LineKind.Formula).Select(l => (l, observed.Contains(l.Key))).ToArray();
        var checks = form.Checks.Select(c => new CheckExercise(c,
            cases.Observations.Count(o => o.Outcomes[c.Id] == true),
            cases.Observations.Count(o => o.Outcomes[c.Id] == false))).ToArray();
        return new CoverageReport(lines, checks);
    }

    private static decimal Percent(int part, int whole) => whole == 0 ? 100m : Math.Round(100m * part / whole, 1, MidpointRounding.ToZero);
}
