using System.Diagnostics.CodeAnalysis;
using System.Globalization;
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

    /// <summary>How long to wait for a busy database: <see cref="WaitVariable"/> seconds, else the store's default.</summary>
    public static TimeSpan Wait =>
        double.TryParse(Environment.GetEnvironmentVariable(WaitVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : EvaluationStore.DefaultWait;

    /// <summary>
    /// Runs <paramref name="work"/> on the database at <paramref name="path"/>; false (with the problem
    /// printed to <paramref name="error"/>) when it cannot be used, or, for <paramref name="readOnly"/>
    /// work, when there is no such file (a command that only reads creates none and writes nothing).
    /// </summary>
    public static bool TryUse<T>(string path, bool readOnly, TextWriter error, Func<EvaluationStore, T> work, [MaybeNullWhen(false)] out T result)
    {
        result = default;
        if (readOnly && !File.Exists(path))
        {
            error.WriteLine($"segrules: there is no evaluation database at {path}: evaluate stores there; name another file with --db");
            return false;
        }

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
    }
}
