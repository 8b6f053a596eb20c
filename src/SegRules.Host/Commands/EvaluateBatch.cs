using System.Runtime.CompilerServices;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>evaluate</c> on several files or a folder, in one pass over the files, a chunk at a time on
/// every core, so memory does not grow with the number of files. Each evaluation is written into one
/// transaction as it comes; from the first file with a problem on, the rest are only checked, and at
/// the end every problem of every file is printed and the transaction taken back: nothing is stored
/// (exit 2), and a database file this run created is removed again. Otherwise a table of the
/// evaluations is printed once the transaction is committed and read back (a JSON list with
/// <c>--format json</c>, held in a temporary file until then), so nothing is reported stored that is not.
/// </summary>
public static class EvaluateBatch
{
    private const int ChunkSize = 64;

    /// <summary>Evaluates <paramref name="files"/> as asked; returns the exit code.</summary>
    public static int Run(EvaluateRequest request, IReadOnlyList<string> files, TextWriter output, TextWriter error, bool showProgress)
    {
        var problems = new List<IReadOnlyList<Diagnostic>>();
        using var report = request.Format == "json" ? (IBatchReport)new JsonBatchReport(output, request.Database) : new TableBatchReport(output, request.Database);
        var fired = false;
        using (var progress = new ProgressBar(error, showProgress, "evaluating", files.Count))
        {
            var done = 0;
            void Saved(Evaluation evaluation, EvaluationRecord? record, long? id)
            {
                report.Add(evaluation, record, id);
                fired |= request.ExitCode([evaluation]) != ExitCodes.Success;
            }

            var evaluated = new StrongBox<long>();
            var evaluations = Evaluate(request, files, problems, evaluated, () => progress.Report(++done));
            try
            {
                if (request.Database is { } path)
                {
                    // The write is advancing while files are evaluated and while the database's files
                    // are read and written (the commit of a long batch, its checkpoint and read-back).
                    var opened = new StrongBox<EvaluationStore?>();
                    if (!StoreAccess.TryUse(path, readOnly: false, error, store =>
                        {
                            Volatile.Write(ref opened.Value, store);
                            store.SaveAll(evaluations, (evaluation, record, id) => Saved(evaluation, record, id));
                            return true;
                        }, out _,
                        progress: () => Interlocked.Read(ref evaluated.Value) + (Volatile.Read(ref opened.Value)?.DiskOperations ?? 0)))
                    {
                        return ExitCodes.UserError;
                    }
                }
                else
                {
                    foreach (var evaluation in evaluations)
                    {
                        Saved(evaluation, null, null);
                    }
                }
            }
            catch (DiagnosticsException)
            {
                // Thrown by the evaluations once every file is checked, so that the transaction is taken back.
            }
        }

        if (problems.Count > 0)
        {
            DiagnosticPrinter.Print(problems.SelectMany(p => p).ToArray(), error, $"{problems.Count} of {files.Count} files have problems; nothing was stored.");
            return ExitCodes.UserError;
        }

        report.Complete();
        return fired ? ExitCodes.FindingsAtOrAbove : ExitCodes.Success;
    }

    // The evaluations in file order, each chunk evaluated on every core while the caller stores the
    // one before (two chunks at most are held). Once a file has a problem, the rest are only checked;
    // after the last, the problems (in file order) are in problems, and thrown.
    // evaluated counts the files evaluated so far, as they are (the store's watch on a write that stops).
    private static IEnumerable<Evaluation> Evaluate(EvaluateRequest request, IReadOnlyList<string> files, List<IReadOnlyList<Diagnostic>> problems, StrongBox<long> evaluated, Action consumed)
    {
        var chunks = files.Chunk(ChunkSize).ToArray();
        var next = chunks.Length > 0 ? EvaluateChunk(request, chunks[0], evaluated) : null;
        for (var i = 0; i < chunks.Length; i++)
        {
            var outcomes = next!.GetAwaiter().GetResult();
            next = i + 1 < chunks.Length ? EvaluateChunk(request, chunks[i + 1], evaluated) : null;
            foreach (var outcome in outcomes)
            {
                consumed();
                if (outcome.Evaluation is not { } evaluation)
                {
                    problems.Add(outcome.Diagnostics);
                }
                else if (problems.Count == 0)
                {
                    yield return evaluation;
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new DiagnosticsException(problems.SelectMany(p => p).ToArray());
        }
    }

    private static Task<EvaluationOutcome[]> EvaluateChunk(EvaluateRequest request, string[] chunk, StrongBox<long> evaluated) =>
        Task.Run(() => chunk.AsParallel().AsOrdered().Select(file =>
        {
            var outcome = request.Pipeline.Evaluate(file, request.Version);
            Interlocked.Increment(ref evaluated.Value);
            return outcome;
        }).ToArray());
}
