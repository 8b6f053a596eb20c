using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using SegRules.Authoring.Regression;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Explain;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Present;
using SegRules.Engine.Rules;
using SegRules.Engine.Store;
using SegRules.Engine.WhatIf;

namespace SegRules.Host.Web;

/// <summary>
/// The workspace's evaluations, on the engine's own surface: evaluate an uploaded balances file (and
/// store it), list and show stored ones, explain a figure, and recompute one with changed inputs.
/// Every answer is the view the command line prints as JSON.
/// </summary>
public sealed class EvaluationWorkspace(ServeSettings settings)
{
    /// <summary>The largest balances file taken, as the API documents it.</summary>
    public const long MaxUpload = 10 * 1024 * 1024;

    private static readonly string[] Extensions = [".yaml", ".yml", ".json", ".csv", ".xlsx", ".txt"];
    private readonly StoreGate _store = new(settings.Database);
    private readonly ConcurrentDictionary<string, FormDefinition> _snapshots = new(StringComparer.Ordinal);

    /// <summary>Evaluates <paramref name="content"/>, read by the extension of <paramref name="name"/>; stores it unless <paramref name="store"/> is false.</summary>
    public Answer<StatementView> Evaluate(byte[] content, string name, string? version, bool store)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return Answer<StatementView>.Refused(StatusCodes.Status400BadRequest,
                $"'{name}' is not a balances file SegRules reads: name it .yaml, .yml, .json, .csv, .xlsx or .txt (a filing's text), or give ?format=");
        }

        var folder = Directory.CreateTempSubdirectory("segrules-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, "balances" + extension);
            File.WriteAllBytes(path, content);
            var outcome = settings.Pipeline().Evaluate(path, version);
            if (outcome.Evaluation is not { } evaluation)
            {
                var shown = new[] { path, SourceFiles.Display(path) };
                return Answer<StatementView>.Refused(StatusCodes.Status400BadRequest, $"{name} has problems; nothing was evaluated or stored",
                    outcome.Diagnostics.Select(d => DiagnosticView.Of(d, f => shown.Contains(f) ? name : f)).ToArray());
            }

            evaluation = evaluation with { Inputs = evaluation.Inputs with { Source = evaluation.Inputs.Source with { Path = name } } };
            if (!store)
            {
                return Answer<StatementView>.Ok(StatementView.Of(evaluation, null));
            }

            var saved = _store.Use(readOnly: false, s => s.Save(evaluation));
            return saved.Problem is null
                ? Answer<StatementView>.Ok(StatementView.Of(evaluation, new StoredView(_store.Path, saved.Value)))
                : saved.As<StatementView>();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The stored evaluations <paramref name="query"/> selects, newest first; with <paramref name="line"/>,
    /// each carries that line's value followed across versions under its key in the newest version (a 400
    /// answer when the newest version has no such line).
    /// </summary>
    public Answer<IReadOnlyList<HistoryView>> History(EvaluationQuery query, string? line = null)
    {
        var found = _store.Use<IReadOnlyList<EvaluationRecord>>(readOnly: true, s => s.Find(query), []);
        if (found.Problem is not null || string.IsNullOrEmpty(line))
        {
            return found.Then<IReadOnlyList<HistoryView>>(records => Answer<IReadOnlyList<HistoryView>>.Ok(records.Select(r => HistoryView.Of(HistoryRow.Of(r))).ToArray()));
        }

        var diagnostics = new DiagnosticBag();
        var forms = found.Value!.Select(r => r.Form).DefaultIfEmpty(Engine.Balances.BalancesReader.DefaultForm);
        if (LineSeries.FollowAll(new RuleRepository(settings.RulesDirectory), forms, line, diagnostics) is not { } series)
        {
            return Answer<IReadOnlyList<HistoryView>>.Refused(StatusCodes.Status400BadRequest, $"line '{line}' cannot be followed",
                diagnostics.Sorted().Select(d => DiagnosticView.Of(d, f => f)).ToArray());
        }

        return Answer<IReadOnlyList<HistoryView>>.Ok(found.Value!.Select(r => HistoryView.Of(HistoryRow.Of(r, series.GetValueOrDefault(r.Form)))).ToArray());
    }

    /// <summary>Stored evaluation <paramref name="id"/> as it was stored.</summary>
    public Answer<StatementView> Show(long id)
    {
        var loaded = Load(id);
        if (loaded.Problem is not null)
        {
            return loaded.As<StatementView>();
        }

        var (record, form) = loaded.Value;
        var diagnostics = new DiagnosticBag();
        return StoredEvaluation.Restore(record, form, diagnostics) is { } evaluation
            ? Answer<StatementView>.Ok(StatementView.Of(evaluation, new StoredView(_store.Path, id, record)))
            : Answer<StatementView>.Refused(StatusCodes.Status500InternalServerError, $"evaluation {id} cannot be shown: {_store.Path} is damaged",
                diagnostics.Sorted().Select(d => DiagnosticView.Of(d, f => f)).ToArray());
    }

    /// <summary>The derivation tree of <paramref name="key"/> (a line code, figure or check) in stored evaluation <paramref name="id"/>.</summary>
    public Answer<ExplainView> Explain(long id, string key)
    {
        var recomputed = Recompute(id, new WhatIfChanges(new Dictionary<string, decimal>(), new Dictionary<string, decimal>()));
        if (recomputed.Problem is not null)
        {
            return recomputed.As<ExplainView>();
        }

        var evaluation = recomputed.Value!.Evaluation;
        var line = new LineKey(key.Trim('[', ']'));
        if (!Explainer.CanExplain(evaluation, line))
        {
            var known = evaluation.Form.Lines.Concat(evaluation.Form.Supplementals).Select(l => l.Key.Value).Concat(evaluation.Form.Checks.Select(c => c.Id.Value));
            var suggestion = Spelling.Nearest(line.Value, known);
            return Answer<ExplainView>.Refused(StatusCodes.Status404NotFound,
                $"{line} is not a line, figure or check of {evaluation.Form.Info.Form} {evaluation.Form.Info.Version}{(suggestion is null ? "" : $" (did you mean {suggestion}?)")}");
        }

        return Answer<ExplainView>.Ok(ExplainView.Of(Explainer.Explain(evaluation, line, 50)));
    }

    /// <summary>Stored evaluation <paramref name="id"/> recomputed with <paramref name="changes"/>; nothing is stored.</summary>
    public Answer<WhatIfOutcome> Recompute(long id, WhatIfChanges changes)
    {
        var loaded = Load(id);
        if (loaded.Problem is not null)
        {
            return loaded.As<WhatIfOutcome>();
        }

        var problems = new List<string>();
        var outcome = new WhatIfCalculator().Run(loaded.Value.Record, loaded.Value.Form, changes, problems);
        return outcome is null
            ? Answer<WhatIfOutcome>.Refused(StatusCodes.Status400BadRequest, string.Join("; ", problems))
            : Answer<WhatIfOutcome>.Ok(outcome);
    }

    /// <summary>The what-if of <paramref name="id"/> with <paramref name="changes"/> as a regression case (YAML) for its version's tests folder.</summary>
    public Answer<string> RegressionCase(long id, WhatIfChanges changes)
    {
        var recomputed = Recompute(id, changes);
        if (recomputed.Problem is not null)
        {
            return recomputed.As<string>();
        }

        var (view, balances, evaluation) = recomputed.Value!;
        var changed = string.Join(", ", changes.Values.Select(c => $"{c.Key} = {c.Value}").Concat(changes.Withdrawals.Select(w => $"{w.Key} withdrawal {w.Value}")));
        var name = $"What-if on evaluation {id}: {balances.Firm} {balances.AsOf:yyyy-MM-dd}";
        var description = changed.Length == 0 ? "The stored inputs, recomputed." : $"The stored inputs with {changed}.";
        return Answer<string>.Ok(RegressionCaseWriter.Write(name, description, balances, evaluation, view.Lines.Select(l => l.Key)));
    }

    private Answer<(EvaluationRecord Record, FormDefinition Form)> Load(long id) =>
        _store.Load(id, (snapshot, diagnostics) =>
        {
            if (_snapshots.TryGetValue(snapshot.Id, out var cached))
            {
                return cached;
            }

            var form = SnapshotRules.Load(snapshot, diagnostics);
            return form is null ? null : _snapshots.GetOrAdd(snapshot.Id, form);
        });
}
