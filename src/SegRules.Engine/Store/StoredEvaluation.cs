using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Engine.Store;

/// <summary>
/// A stored evaluation as it was: the record's own line values and findings (not recomputed) laid on
/// the rule set it ran on, so it prints as the statement it was, whatever the rules say today.
/// </summary>
public static class StoredEvaluation
{
    /// <summary>
    /// The evaluation <paramref name="record"/> holds, on <paramref name="form"/> (its rule set, loaded
    /// from the snapshot); null with the problem reported when the record does not fit the rule set.
    /// </summary>
    public static Evaluation? Restore(EvaluationRecord record, FormDefinition form, DiagnosticBag diagnostics)
    {
        var at = $"evaluation {record.Id}";
        var values = new Dictionary<LineKey, decimal>();
        var missing = new List<string>();
        var held = HeldStatements.Of(form, record.Statements);
        foreach (var line in held.Pages.SelectMany(p => p.Lines))
        {
            if (record.Lines.TryGetValue(line.Key.Value, out var value))
            {
                values[line.Key] = value;
            }
            else
            {
                missing.Add(line.Key.Value);
            }
        }

        var findings = record.Findings.Select(f => f.ToFinding()).ToArray();
        var problem = missing.Count > 0 ? $"no value for line(s) {string.Join(", ", missing)}"
            : findings.Any(f => f is null) ? "a finding has a status or severity SegRules does not write"
            : record.Lines.Count != values.Count ? $"line(s) {string.Join(", ", record.Lines.Keys.Where(k => !form.TryGetLine(new LineKey(k), out _)))} are not in the rule set"
            : null;
        if (problem is not null)
        {
            diagnostics.ReportFile(at, DiagnosticCatalog.RecordDamaged, record.Id, problem);
            return null;
        }

        var file = StoredBalances.From(record);
        var inputs = new StatementInputs(file, form, form.Inputs.ToDictionary(l => l.Key, l => values.TryGetValue(l.Key, out var value) ? value : l.Default ?? 0m))
        {
            Held = held,
            Supplementals = file.Supplementals.ToDictionary(f => new LineKey(f.Key.Value), f => f.Value),
            Filed = file.Filed.ToDictionary(f => new LineKey(f.Key.Value), f => f.Value),
        };
        return new Evaluation(inputs, values) { Findings = findings! };
    }
}
