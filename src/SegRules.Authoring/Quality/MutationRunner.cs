using SegRules.Authoring.Regression;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Authoring.Quality;

/// <summary>
/// Mutation testing of a version's regression cases: each formula and check condition is changed one
/// way at a time (<see cref="FormulaMutator"/>), every case is evaluated on the changed rules by the
/// reference interpreter, and a mutant is killed when an expectation of some case fails or its
/// arithmetic fails. A surviving mutant is a mistake in the rules the cases would not catch.
/// </summary>
public static class MutationRunner
{
    /// <summary>Runs every mutant of <paramref name="cases"/>' version against its cases.</summary>
    /// <param name="cases">The version and its bound cases.</param>
    /// <param name="equivalent">Mutant names known to be equivalent, with the reason.</param>
    public static MutationReport Run(CaseSet cases, IReadOnlyDictionary<string, string> equivalent)
    {
        var killed = new List<Mutant>();
        var equivalentFound = new List<Mutant>();
        var survivors = new List<Mutant>();
        var layout = new SlotLayout(cases.Form);
        foreach (var mutant in Mutants(cases.Form))
        {
            if (Kills(cases, mutant, layout))
            {
                killed.Add(mutant);
            }
            else if (equivalent.ContainsKey(mutant.Id))
            {
                equivalentFound.Add(mutant);
            }
            else
            {
                survivors.Add(mutant);
            }
        }

        var stale = equivalent.Keys.Except(equivalentFound.Select(m => m.Id), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new MutationReport(killed, equivalentFound, survivors, stale);
    }

    /// <summary>
    /// Every mutant of <paramref name="form"/>: of each formula line in printed order, then of each
    /// check's condition. Each is named by its line or check and the change, with <c>#2</c>, <c>#3</c>
    /// for the second and third alike change of one formula (in source order).
    /// </summary>
    public static IReadOnlyList<Mutant> Mutants(FormDefinition form)
    {
        var readers = ReadersOf(form);
        var targets = form.Lines.Where(l => l.Formula is not null).Select(l => (l.Key, Formula: l.Formula!))
            .Concat(form.Checks.Select(c => (Key: c.Id, Formula: c.When)));
        var mutants = new List<Mutant>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, formula) in targets)
        {
            var excluded = Dependents(key, readers);
            var mutator = new FormulaMutator(read => Neighbour(form, read, excluded));
            foreach (var mutation in mutator.Mutate(formula.Root))
            {
                // Named by what it changes, not where: an edit elsewhere in the file leaves the name as it was.
                var id = $"{key.AsReference} {mutation.Description}";
                var count = seen[id] = seen.GetValueOrDefault(id) + 1;
                mutants.Add(new Mutant(count == 1 ? id : $"{id} #{count}", key, mutation));
            }
        }

        return mutants;
    }

    private static bool Kills(CaseSet cases, Mutant mutant, SlotLayout layout)
    {
        var interpreter = new ReferenceInterpreter(cases.Form, new Dictionary<LineKey, FormulaNode> { [mutant.Target] = mutant.Mutation.Root });
        foreach (var test in cases.Cases)
        {
            try
            {
                var observed = CaseObservation.Of(test, interpreter, layout);
                if (Expectations.Compare(test.Case, cases.Form, observed.Values, observed.Outcomes, new DiagnosticBag()).Count > 0)
                {
                    return true;
                }
            }
            catch (LineEvaluationException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The line to read instead of <paramref name="read"/>: the one printed just before it (just after
    /// for the first), among statement lines, skipping <paramref name="excluded"/> (the mutated line and every line computed from it, so
    /// no mutant makes a cycle). Check references and supplemental figures are not swapped.
    /// </summary>
    private static LineKey? Neighbour(FormDefinition form, LineKey read, IReadOnlySet<LineKey> excluded)
    {
        // A check is evaluated only when the supplemental figures it reads are given, so a supplemental
        // figure is not swapped for another the balances may lack.
        if (form.TryGetCheck(read, out _) || form.Supplementals.Any(s => s.Key == read))
        {
            return null;
        }

        var pool = form.Lines.Select(l => l.Key).ToArray();
        var index = Array.IndexOf(pool, read);
        return new[] { index - 1, index + 1 }.Concat(Enumerable.Range(0, pool.Length))
            .Where(i => i >= 0 && i < pool.Length && pool[i] != read && !excluded.Contains(pool[i]))
            .Select(i => (LineKey?)pool[i]).FirstOrDefault();
    }

    private static Dictionary<LineKey, List<LineKey>> ReadersOf(FormDefinition form)
    {
        var readers = new Dictionary<LineKey, List<LineKey>>();
        foreach (var line in form.Lines.Where(l => l.Formula is not null))
        {
            foreach (var read in line.Formula!.References)
            {
                (readers.TryGetValue(read, out var list) ? list : readers[read] = []).Add(line.Key);
            }
        }

        return readers;
    }

    private static HashSet<LineKey> Dependents(LineKey key, Dictionary<LineKey, List<LineKey>> readers)
    {
        var result = new HashSet<LineKey>();
        var pending = new Stack<LineKey>([key]);
        while (pending.TryPop(out var next))
        {
            if (result.Add(next))
            {
                foreach (var reader in readers.GetValueOrDefault(next) ?? [])
                {
                    pending.Push(reader);
                }
            }
        }

        return result;
    }
}
