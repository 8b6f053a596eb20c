using LiteDB;
using SegRules.Engine.Store;

namespace SegRules.Tests.Support;

/// <summary>Reads what an evaluation database file holds, read-only, straight through LiteDB.</summary>
public static class StoredDatabase
{
    /// <summary>The stored evaluations; none when the file does not exist.</summary>
    public static IReadOnlyList<EvaluationRecord> Evaluations(string path) =>
        Read(path, db => db.GetCollection<EvaluationRecord>(EvaluationStore.EvaluationsCollection).FindAll().ToArray());

    /// <summary>The stored rule set snapshots; none when the file does not exist.</summary>
    public static IReadOnlyList<RuleSetSnapshot> RuleSets(string path) =>
        Read(path, db => db.GetCollection<RuleSetSnapshot>(EvaluationStore.RuleSetsCollection).FindAll().ToArray());

    private static T[] Read<T>(string path, Func<LiteDatabase, T[]> read)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        return read(db);
    }
}
