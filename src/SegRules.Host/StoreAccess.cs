using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.ExceptionServices;
using SegRules.Engine.Store;

namespace SegRules.Host;

/// <summary>
/// Opens the evaluation database for one piece of work and closes it straight after, so another
/// <c>segrules</c> run waits for it only briefly; a database that cannot be used is reported in one line.
/// </summary>
public static class StoreAccess
{
    /// <summary>The environment variable that sets how many seconds to wait for a database another run is using.</summary>
    public const string WaitVariable = "SEGRULES_DB_WAIT";

    /// <summary>The environment variable that sets how many seconds a write to the database may take before it is reported as not finished.</summary>
    public const string WriteBoundVariable = "SEGRULES_DB_WRITE_TIMEOUT";

    /// <summary>How long to wait for a busy database: <see cref="WaitVariable"/> seconds, else the store's default.</summary>
    public static TimeSpan Wait => Seconds(WaitVariable) ?? EvaluationStore.DefaultWait;

    /// <summary>
    /// How long opening the database, writing to it and closing it may take together (after any wait
    /// for a busy file), or go without progress when the work reports it: <see cref="WriteBoundVariable"/>
    /// seconds, else two minutes. A disk or network file system that stops answering is then reported
    /// instead of waited on for ever.
    /// </summary>
    public static TimeSpan WriteBound => Seconds(WriteBoundVariable) ?? TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="work"/> on the database at <paramref name="path"/>; false (with the problem
    /// printed to <paramref name="error"/>) when it cannot be used, or, for <paramref name="readOnly"/>
    /// work, when there is no such file (a command that only reads creates none and writes nothing).
    /// Writing work that does not finish within <see cref="WriteBound"/> is reported as not finished,
    /// unless <paramref name="progress"/> (a count the work raises as it goes, e.g. files evaluated)
    /// moved meanwhile: a long batch is waited for while it advances.
    /// </summary>
    public static bool TryUse<T>(string path, bool readOnly, TextWriter error, Func<EvaluationStore, T> work, [MaybeNullWhen(false)] out T result,
        Func<long>? progress = null)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(path))
        {
            error.WriteLine("segrules: --db names no file: give the database file's path, or leave --db out to use the default");
            return false;
        }

        if (readOnly && !File.Exists(path))
        {
            error.WriteLine($"segrules: there is no evaluation database at {path}: evaluate stores there; name another file with --db");
            return false;
        }

        if (readOnly)
        {
            return TryWork(path, readOnly, error, work, out result);
        }

        // The work runs on a thread of its own so that a write the system never finishes is reported
        // when the bound is reached; the process then ends, and the thread with it.
        var wait = Wait;
        var outcome = (Done: false, Result: default(T), Error: "");
        ExceptionDispatchInfo? crash = null;
        var worker = new Thread(() =>
        {
            try
            {
                using var problem = new StringWriter();
                var done = TryWork(path, readOnly, problem, work, out var value);
                outcome = (done, value, problem.ToString());
            }
            catch (Exception e)
            {
                // A bug, not a store problem: it surfaces on the calling thread as it would have.
                crash = ExceptionDispatchInfo.Capture(e);
            }
        }) { IsBackground = true, Name = "segrules store" };
        worker.Start();
        var slice = WriteBound;
        var limit = wait + slice;
        var seen = progress?.Invoke();
        while (!worker.Join(limit))
        {
            if (progress?.Invoke() is not { } now || now == seen)
            {
                error.WriteLine($"segrules: the write to {path} did not finish within {limit.TotalSeconds:0.###} s (the disk or file system is not answering); whether the evaluations were stored is unknown: check with segrules history once it answers");
                return false;
            }

            seen = now;
            limit = slice;
        }

        crash?.Throw();
        error.Write(outcome.Error);
        result = outcome.Result;
        return outcome.Done;
    }

    private static bool TryWork<T>(string path, bool readOnly, TextWriter error, Func<EvaluationStore, T> work, [MaybeNullWhen(false)] out T result)
    {
        result = default;
        try
        {
            using var store = EvaluationStore.Open(path, Wait, readOnly);
            result = work(store);
            return true;
        }
        catch (StoreException e)
        {
            error.WriteLine($"segrules: {e.Message}");
            return false;
        }
        catch (StoreWriteException e)
        {
            error.WriteLine($"segrules: {e.Message}");
            return false;
        }
    }

    private static TimeSpan? Seconds(string variable) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
