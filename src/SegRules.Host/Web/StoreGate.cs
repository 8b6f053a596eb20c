using Microsoft.AspNetCore.Http;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Present;
using SegRules.Engine.Store;

namespace SegRules.Host.Web;

/// <summary>
/// The evaluation database for one request: opened, used and closed straight away under the same
/// locks as the command line (writers exclusive, readers shared), so <c>segrules</c> runs and the
/// workspace take turns. A busy or unusable file is a refusal, never an exception.
/// </summary>
/// <param name="path">The database file.</param>
public sealed class StoreGate(string path)
{
    /// <summary>The database file.</summary>
    public string Path => path;

    /// <summary>Runs <paramref name="work"/> on the database; an empty answer of <paramref name="none"/> when it does not exist yet and only reads.</summary>
    public Answer<T> Use<T>(bool readOnly, Func<EvaluationStore, T> work, T? none = default)
    {
        if (readOnly && !File.Exists(path))
        {
            return none is null
                ? Answer<T>.Refused(StatusCodes.Status404NotFound, $"there is no evaluation database at {path} yet: evaluate a balances file first")
                : Answer<T>.Ok(none);
        }

        try
        {
            using var store = EvaluationStore.Open(path, StoreAccess.Wait, readOnly);
            return Answer<T>.Ok(work(store));
        }
        catch (StoreException e)
        {
            return Answer<T>.Refused(StatusCodes.Status503ServiceUnavailable, e.Message);
        }
    }

    /// <summary>Stored evaluation <paramref name="id"/> and the rule set it ran on (loaded from its snapshot).</summary>
    public Answer<(EvaluationRecord Record, FormDefinition Form)> Load(long id, Func<RuleSetSnapshot, DiagnosticBag, FormDefinition?> rules)
    {
        var found = Use(readOnly: true, store => store.Get(id) is { } r ? (Record: r, Snapshot: store.RuleSet(r.RulesetHash)) : default);
        if (found.Problem is not null)
        {
            return found.As<(EvaluationRecord, FormDefinition)>();
        }

        if (found.Value.Record is not { } record)
        {
            return Answer<(EvaluationRecord, FormDefinition)>.Refused(StatusCodes.Status404NotFound, $"there is no evaluation {id} in {path}");
        }

        var diagnostics = new DiagnosticBag();
        var form = found.Value.Snapshot is { } snapshot ? rules(snapshot, diagnostics) : SnapshotRules.For(record, null, diagnostics);
        return form is null
            ? Answer<(EvaluationRecord, FormDefinition)>.Refused(StatusCodes.Status500InternalServerError, $"evaluation {id} cannot be read: {path} is damaged",
                diagnostics.Sorted().Select(d => DiagnosticView.Of(d, f => f)).ToArray())
            : Answer<(EvaluationRecord, FormDefinition)>.Ok((record, form));
    }
}
