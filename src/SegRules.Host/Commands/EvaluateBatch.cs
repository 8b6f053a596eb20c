using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>evaluate</c> on several files or a folder: every file is read and evaluated first; when any has
/// problems, all of them are printed and nothing is stored (exit 2), else every evaluation is stored
/// in one transaction and a table of them is printed (a JSON list with <c>--format json</c>).
/// </summary>
public static class EvaluateBatch
{
    /// <summary>Evaluates <paramref name="files"/> as asked; returns the exit code.</summary>
    public static int Run(EvaluateRequest request, IReadOnlyList<string> files, TextWriter output, TextWriter error, bool showProgress)
    {
        var outcomes = new List<EvaluationOutcome>(files.Count);
        using (var progress = new ProgressBar(error, showProgress, "evaluating", files.Count))
        {
            foreach (var file in files)
            {
                outcomes.Add(request.Evaluator.Evaluate(file, request.Version));
                progress.Report(outcomes.Count);
            }
        }

        var failed = outcomes.Count(o => !o.Succeeded);
        if (failed > 0)
        {
            DiagnosticPrinter.Print(outcomes.SelectMany(o => o.Diagnostics).ToArray(), error,
                $"{failed} of {files.Count} files have problems; nothing was stored.");
            return ExitCodes.UserError;
        }

        var evaluations = outcomes.Select(o => o.Evaluation!).ToArray();
        IReadOnlyList<long>? ids = null;
        if (request.Database is { } path && !StoreAccess.TryUse(path, readOnly: false, error, store => store.SaveAll(evaluations), out ids))
        {
            return ExitCodes.UserError;
        }

        var stored = evaluations.Select((e, i) => ids is null ? null : new StoredAs(request.Database!, ids[i])).ToArray();
        if (request.Format == "json")
        {
            EvaluationJsonWriter.WriteList(evaluations.Zip(stored).ToArray(), output);
        }
        else
        {
            var rows = evaluations.Select((e, i) => HistoryRow.Of(Record(e, ids?[i]))).ToArray();
            output.WriteLine($"Evaluated {evaluations.Length} balances files.");
            output.WriteLine(ids is null
                ? "Stored:  no (--no-store)"
                : $"Stored:  evaluations {ids.Min()} to {ids.Max()} in {request.Database}");
            output.WriteLine();
            HistoryTableWriter.Write(rows, new TerminalText(output), withSource: true);
        }

        return request.ExitCode(evaluations);
    }

    private static EvaluationRecord Record(Evaluation evaluation, long? id)
    {
        var record = EvaluationRecords.From(evaluation);
        record.Id = id ?? 0;
        return record;
    }
}
