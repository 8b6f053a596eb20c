using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Engine.Reconcile;

/// <summary>
/// Compares every filed figure of an evaluation with the rules, two ways: with what the line's
/// formula computes from the filed inputs (the evaluation's value), and with what it gives from the
/// filed figures of the lines it reads (the filing's own arithmetic, by the reference interpreter).
/// One edited total thus shows twice: the total differs from its inputs, and each line computed from
/// it no longer agrees with the filed total, while still agreeing with the inputs.
/// </summary>
public static class Reconciler
{
    /// <summary>The reconciliation of <paramref name="evaluation"/>'s filed figures; nothing to compare when it carries none.</summary>
    public static Reconciliation Reconcile(Evaluation evaluation)
    {
        var form = evaluation.Form;
        var filed = evaluation.Inputs.Filed;
        var figures = evaluation.Lines.ToDictionary(l => l.Key, l => filed.TryGetValue(l.Key, out var given) ? given : evaluation.Values[l.Key]);
        var interpreter = new ReferenceInterpreter(form);
        var readers = Readers(form);
        var differences = new List<FiledDifference>();
        foreach (var line in evaluation.Lines.Where(l => filed.ContainsKey(l.Key)))
        {
            var computed = evaluation.Values[line.Key];
            var fromFiled = line.Formula is null ? (decimal?)null : FromFiledLines(interpreter, line.Key, figures);
            var difference = new FiledDifference(line.Key, line.PrintedLine, line.Label, line.Kind, filed[line.Key], computed, fromFiled,
                (line.Formula?.References ?? []).Where(r => filed.TryGetValue(r, out var f) && f != evaluation.Values[r]).ToArray(),
                Dependents(form, readers, line.Key));
            if (difference.DiffersFromComputed || difference.BreaksFiledArithmetic)
            {
                differences.Add(difference);
            }
        }

        var notFiled = filed.Count == 0 ? [] : evaluation.Lines.Where(l => l.Key.IsCode && !filed.ContainsKey(l.Key)).Select(l => l.Key).ToArray();
        return new Reconciliation(evaluation, filed.Count, differences, notFiled);
    }

    private static decimal? FromFiledLines(ReferenceInterpreter interpreter, LineKey key, IReadOnlyDictionary<LineKey, decimal> figures)
    {
        try
        {
            return interpreter.EvaluateLine(key, figures);
        }
        catch (LineEvaluationException)
        {
            // The filed figures make the formula fail (e.g. a division by a filed zero): nothing to compare.
            return null;
        }
    }

    /// <summary>For each line, the formula lines that read it directly.</summary>
    private static Dictionary<LineKey, List<LineKey>> Readers(FormDefinition form)
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

    private static LineKey[] Dependents(FormDefinition form, Dictionary<LineKey, List<LineKey>> readers, LineKey key)
    {
        var found = new HashSet<LineKey>();
        var pending = new Stack<LineKey>([key]);
        while (pending.TryPop(out var next))
        {
            foreach (var reader in readers.GetValueOrDefault(next) ?? [])
            {
                if (found.Add(reader))
                {
                    pending.Push(reader);
                }
            }
        }

        return form.Lines.Select(l => l.Key).Where(found.Contains).ToArray();
    }
}
