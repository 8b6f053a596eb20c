using LiteDB;
using SegRules.Engine.Store;

namespace SegRules.Tests.Support;

/// <summary>Reads what an evaluation database file holds, read-only.</summary>
public static class StoredDatabase
{
    /// <summary>The stored evaluations (either format), by id; none when the file does not exist.</summary>
    public static IReadOnlyList<EvaluationRecord> Evaluations(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var store = EvaluationStore.Open(path, EvaluationStore.DefaultWait, readOnly: true);
        return [.. store.Find(new EvaluationQuery()).OrderBy(r => r.Id)];
    }

    /// <summary>The stored rule set snapshots, straight through LiteDB; none when the file does not exist.</summary>
    public static IReadOnlyList<RuleSetSnapshot> RuleSets(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        return db.GetCollection<RuleSetSnapshot>(EvaluationStore.RuleSetsCollection).FindAll().ToArray();
    }
}
