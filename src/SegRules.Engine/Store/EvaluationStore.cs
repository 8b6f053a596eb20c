using LiteDB;
using SegRules.Engine.Evaluate;

namespace SegRules.Engine.Store;

/// <summary>
/// The LiteDB file evaluations are kept in. Each evaluation is written with its rule set snapshot in
/// one transaction, so the file never holds a record whose rules are missing, or half a record.
/// </summary>
public sealed class EvaluationStore : IDisposable
{
    /// <summary>The collection of <see cref="EvaluationRecord"/>s.</summary>
    public const string EvaluationsCollection = "evaluations";

    /// <summary>The collection of <see cref="RuleSetSnapshot"/>s.</summary>
    public const string RuleSetsCollection = "rulesets";

    private readonly LiteDatabase _database;

    private EvaluationStore(LiteDatabase database)
    {
        _database = database;
        var evaluations = Evaluations;
        evaluations.EnsureIndex(e => e.Firm);
        evaluations.EnsureIndex(e => e.AsOf);
        evaluations.EnsureIndex(e => e.Version);
        evaluations.EnsureIndex(e => e.RulesetHash);
    }

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is not a SegRules database or cannot be opened.</exception>
    public static EvaluationStore Open(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            if (File.Exists(full) && new FileInfo(full).Length > 0 && !LiteDbHeader.IsLiteDbFile(full))
            {
                throw new StoreException(path, "it is not a LiteDB file, so it was left as it is; name another file with --db");
            }

            return new EvaluationStore(new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, ExactMapper()));
        }
        catch (LiteException e)
        {
            throw new StoreException(path, $"it is not a SegRules database ({e.Message}); name another file with --db");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(path, $"it cannot be opened ({e.Message})");
        }
    }

    // LiteDB's default mapper trims every string and turns "" into null, so a rule set snapshot lost
    // its files' final newline and no longer hashed to its id; stored text must be exactly as read.
    private static BsonMapper ExactMapper() => new() { TrimWhitespace = false, EmptyStringToNull = false };

    /// <summary>The stored evaluations.</summary>
    public ILiteCollection<EvaluationRecord> Evaluations => _database.GetCollection<EvaluationRecord>(EvaluationsCollection);

    /// <summary>The stored rule set snapshots, by hash.</summary>
    public ILiteCollection<RuleSetSnapshot> RuleSets => _database.GetCollection<RuleSetSnapshot>(RuleSetsCollection);

    /// <summary>Stores <paramref name="evaluation"/> and, the first time its rule set is seen, the rule set's text.</summary>
    /// <returns>The new record's id.</returns>
    public long Save(Evaluation evaluation)
    {
        var record = EvaluationRecords.From(evaluation);
        _database.BeginTrans();
        try
        {
            var form = evaluation.Form;
            if (RuleSets.FindById(form.Hash) is null)
            {
                RuleSets.Insert(new RuleSetSnapshot
                {
                    Id = form.Hash,
                    Form = form.Info.Form,
                    Version = form.Info.Version,
                    Files = form.Files.Select(f => new RuleSetSnapshotFile { Path = f.Path, Text = f.Text }).ToList(),
                    StoredAt = record.EvaluatedAt,
                });
            }

            var id = Evaluations.Insert(record).AsInt64;
            _database.Commit();
            return id;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();
}
