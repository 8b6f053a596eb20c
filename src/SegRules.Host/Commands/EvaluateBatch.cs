using SegRules.Engine.Diagnostics;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Present;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>evaluate</c> on several files or a folder, in two passes over the files, each on every core
/// and in chunks, so memory does not grow with the number of files. First every file is read and
/// evaluated and only its problems are kept: when any file has one, all of them are printed and
/// nothing is stored (exit 2). Then the files are evaluated again, chunk by chunk, and written in one
/// transaction; a table of them is printed (a JSON list with <c>--format json</c>, streamed, and held
/// back in a temporary file until the transaction commits, so nothing is reported stored that is not).
/// </summary>
public static class EvaluateBatch
{
    private const int ChunkSize = 256;

    /// <summary>Evaluates <paramref name="files"/> as asked; returns the exit code.</summary>
    public static int Run(EvaluateRequest request, IReadOnlyList<string> files, TextWriter output, TextWriter error, bool showProgress)
    {
        var problems = Check(request, files, error, showProgress);
        if (problems.Count > 0)
        {
            DiagnosticPrinter.Print(problems.SelectMany(p => p.Diagnostics).ToArray(), error,
                $"{problems.Count} of {files.Count} files have problems; nothing was stored.");
            return ExitCodes.UserError;
        }

        using var report = request.Format == "json" ? (IBatchReport)new JsonBatchReport(output, request.Database) : new TableBatchReport(output, request.Database);
        using (var progress = new ProgressBar(error, showProgress, "storing", files.Count))
        {
            var done = 0;
            var fired = false;
            void Saved(Evaluation evaluation, long? id)
            {
                report.Add(evaluation, id);
                fired |= request.ExitCode([evaluation]) != ExitCodes.Success;
                progress.Report(++done);
            }

            var evaluations = Evaluate(request, files);
            try
            {
                if (request.Database is { } path)
                {
                    if (!StoreAccess.TryUse(path, readOnly: false, error, store => { store.SaveAll(evaluations, (e, id) => Saved(e, id)); return true; }, out _))
                    {
                        return ExitCodes.UserError;
                    }
                }
                else
                {
                    foreach (var evaluation in evaluations)
                    {
                        Saved(evaluation, null);
                    }
                }
            }
            catch (DiagnosticsException e)
            {
                progress.Dispose();
                DiagnosticPrinter.Print(e.Diagnostics, error, "a file changed while the batch ran; nothing was stored.");
                return ExitCodes.UserError;
            }

            progress.Dispose();
            report.Complete();
            return fired ? ExitCodes.FindingsAtOrAbove : ExitCodes.Success;
        }
    }

    // The first pass: every file's problems, in the order the files were given; nothing else is kept.
    private static List<(int Index, IReadOnlyList<Diagnostic> Diagnostics)> Check(EvaluateRequest request, IReadOnlyList<string> files, TextWriter error, bool showProgress)
    {
        var problems = new List<(int Index, IReadOnlyList<Diagnostic> Diagnostics)>();
        var done = 0;
        using var progress = new ProgressBar(error, showProgress, "checking", files.Count);
        Parallel.For(0, files.Count, i =>
        {
            var outcome = request.Pipeline.Evaluate(files[i], request.Version);
            lock (problems)
            {
                if (!outcome.Succeeded)
                {
                    problems.Add((i, outcome.Diagnostics));
                }

                progress.Report(++done);
            }
        });
        problems.Sort((a, b) => a.Index.CompareTo(b.Index));
        return problems;
    }

    // The second pass: the evaluations in file order, a chunk at a time evaluated on every core, the
    // next chunk while the caller stores this one, so evaluating and writing overlap; two chunks at most
    // are held.
    private static IEnumerable<Evaluation> Evaluate(EvaluateRequest request, IReadOnlyList<string> files)
    {
        var chunks = files.Chunk(ChunkSize).ToArray();
        var next = chunks.Length > 0 ? EvaluateChunk(request, chunks[0]) : null;
        for (var i = 0; i < chunks.Length; i++)
        {
            var outcomes = next!.GetAwaiter().GetResult();
            next = i + 1 < chunks.Length ? EvaluateChunk(request, chunks[i + 1]) : null;
            foreach (var outcome in outcomes)
            {
                yield return outcome.Evaluation ?? throw new DiagnosticsException(outcome.Diagnostics);
            }
        }
    }

    private static Task<EvaluationOutcome[]> EvaluateChunk(EvaluateRequest request, string[] chunk) =>
        Task.Run(() => chunk.AsParallel().AsOrdered().Select(file => request.Pipeline.Evaluate(file, request.Version)).ToArray());
}
