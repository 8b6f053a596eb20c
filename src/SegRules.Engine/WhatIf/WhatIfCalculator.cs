using SegRules.Engine.Balances;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Present;
using SegRules.Engine.Store;

namespace SegRules.Engine.WhatIf;

/// <summary>
/// Recomputes a stored evaluation on its own rule set with changed inputs, and proposed withdrawals
/// pro forma: a withdrawal made the next business day is judged against this statement's excess (the
/// prior day's excess for it), by the version's own withdrawal check. Nothing is stored.
/// </summary>
public sealed class WhatIfCalculator
{
    /// <summary>
    /// The what-if of <paramref name="record"/> on <paramref name="form"/> (its snapshot) with
    /// <paramref name="changes"/>; null with the problems in <paramref name="problems"/> when a change
    /// names no input or pool of the version, or the inputs do not evaluate.
    /// </summary>
    public WhatIfOutcome? Run(EvaluationRecord record, FormDefinition form, WhatIfChanges changes, ICollection<string> problems)
    {
        var file = StoredBalances.From(record);
        var values = file.Values.ToDictionary(f => f.Key.Value, f => f.Value, StringComparer.Ordinal);
        foreach (var (code, figure) in changes.Values)
        {
            if (form.TryGetLine(new LineKey(code), out var line) && line.Kind == LineKind.Input)
            {
                values[code] = figure;
            }
            else
            {
                problems.Add($"{code} is not an input line of {form.Info.Form} {form.Info.Version}: only input figures can be changed");
            }
        }

        var pools = new List<(PoolWithdrawalFigures Pool, decimal Amount)>();
        foreach (var (pool, amount) in changes.Withdrawals)
        {
            if (PoolWithdrawalFigures.DailySeg.FirstOrDefault(p => p.Lines.Pool == pool) is not { } figures)
            {
                problems.Add($"'{pool}' is not a pool: write segregation, secured or swaps");
            }
            else if (amount < 0)
            {
                problems.Add($"the withdrawal from {pool} is negative: write the amount withdrawn as a positive figure");
            }
            else if (!form.TryGetLine(new LineKey(figures.Lines.Excess), out _))
            {
                problems.Add($"{form.Info.Form} {form.Info.Version} has no excess line {figures.Lines.Excess} for {pool}");
            }
            else
            {
                pools.Add((figures, amount));
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        file = file with { Values = Figures(values, "what-if/values") };
        var evaluation = Evaluate(file, form, problems);
        var supplementals = file.Supplementals.ToDictionary(f => f.Key.Value, f => f.Value, StringComparer.Ordinal);
        var withdrawalChecks = new List<(PoolWithdrawalFigures Pool, decimal Amount, decimal Before, CheckDefinition? Check)>();
        foreach (var (pool, amount) in pools.Where(_ => evaluation is not null))
        {
            var before = evaluation!.Values[new LineKey(pool.Lines.Excess)];
            var check = HasSupplemental(form, pool.PriorDayExcess) && HasSupplemental(form, pool.Withdrawn)
                ? form.Checks.FirstOrDefault(c => c.Reads.Contains(new LineKey(pool.Withdrawn)))
                : null;
            if (check is not null)
            {
                supplementals[pool.PriorDayExcess] = before;
                supplementals[pool.Withdrawn] = amount;
            }

            withdrawalChecks.Add((pool, amount, before, check));
        }

        if (evaluation is not null && withdrawalChecks.Any(w => w.Check is not null))
        {
            file = file with { Supplementals = Figures(supplementals, "what-if/supplemental") };
            evaluation = Evaluate(file, form, problems);
        }

        if (evaluation is null)
        {
            return null;
        }

        var now = EvaluationRecords.From(evaluation);
        var lines = form.Lines
            .Select(l => (Key: l.Key.Value, Stored: record.Lines.GetValueOrDefault(l.Key.Value), Now: evaluation.Values[l.Key]))
            .Where(l => l.Stored != l.Now)
            .Select(l => new LineChangeView(l.Key, l.Stored, l.Now, l.Now - l.Stored))
            .ToArray();
        var view = new WhatIfView(record.Id, StatementView.Of(evaluation, null), lines, FindingChanges(record.Findings, now.Findings),
            withdrawalChecks.Select(w => Withdrawal(w.Pool, w.Amount, w.Before, w.Check, evaluation)).ToArray());
        return new WhatIfOutcome(view, file, evaluation);
    }

    private Evaluation? Evaluate(BalancesFile file, FormDefinition form, ICollection<string> problems)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = BalancesBinder.Bind(file, form, diagnostics);
        try
        {
            if (inputs is not null && EvaluationPipeline.Run(FormCompiler.Shared.Compile(form), inputs, diagnostics).Evaluation is { } evaluation)
            {
                return evaluation;
            }
        }
        catch (DiagnosticsException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }

        foreach (var diagnostic in diagnostics.Sorted())
        {
            problems.Add(diagnostic.ToString());
        }

        return null;
    }

    private static WithdrawalView Withdrawal(PoolWithdrawalFigures pool, decimal amount, decimal before, CheckDefinition? check, Evaluation evaluation)
    {
        decimal? overTarget = evaluation.Values.TryGetValue(new LineKey(pool.Lines.OverTarget), out var over) ? over - amount : null;
        if (check is null)
        {
            return new WithdrawalView(pool.Lines.Pool, amount, before, before - amount, overTarget, null, null,
                $"{evaluation.Form.Info.Form} {evaluation.Form.Info.Version} has no withdrawal check for {pool.Lines.Pool}");
        }

        var fired = evaluation.CheckOutcomes.GetValueOrDefault(check.Id) == true;
        var message = fired
            ? evaluation.Findings.First(f => f.Check == check.Id).Message
            : $"{check.Title}: does not fire; no pre-approval or notice is needed";
        return new WithdrawalView(pool.Lines.Pool, amount, before, before - amount, overTarget, fired, check.Id.Value, message);
    }

    private static IReadOnlyList<FindingChangeView> FindingChanges(List<FindingRecord> stored, List<FindingRecord> now)
    {
        var before = stored.ToDictionary(f => f.Check, StringComparer.Ordinal);
        var after = now.ToDictionary(f => f.Check, StringComparer.Ordinal);
        return stored.Concat(now).Select(f => f.Check).Distinct(StringComparer.Ordinal)
            .Select(check => (Before: before.GetValueOrDefault(check), After: after.GetValueOrDefault(check), Check: check))
            .Where(c => c.Before is null || c.After is null || c.Before.DifferencesFrom(c.After).Count > 0)
            .Select(c => new FindingChangeView(c.Check, FindingStateView.Of(c.Before), FindingStateView.Of(c.After)))
            .ToArray();
    }

    private static bool HasSupplemental(FormDefinition form, string id) =>
        form.TryGetLine(new LineKey(id), out var line) && line.Kind == LineKind.Supplemental;

    private static BalanceFigure[] Figures(Dictionary<string, decimal> figures, string section) =>
        figures.Select((f, i) => new BalanceFigure(new ScalarNode(f.Key, ScalarWriting.Plain, new SourcePosition(section, i + 1, 1)), f.Value)).ToArray();
}
