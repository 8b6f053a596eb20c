using LiteDB;
using LiteDB.Engine;
using SegRules.Engine.Evaluate;

namespace SegRules.Engine.Store;

/// <summary>
/// The LiteDB file evaluations are kept in. Evaluations are written with their rule set snapshots in
/// one transaction (one per batch), so the file never holds a record whose rules are missing, or half
/// a record, even when the process is killed mid-write. A writer holds the file exclusively, readers
/// share it: keep it open only while reading or writing.
/// </summary>
public sealed class EvaluationStore : IDisposable
{
    /// <summary>The collection of <see cref="EvaluationRecord"/>s.</summary>
    public const string EvaluationsCollection = "evaluations";

    /// <summary>The collection of <see cref="RuleSetSnapshot"/>s.</summary>
    public const string RuleSetsCollection = "rulesets";

    /// <summary>How long <see cref="Open(string)"/> waits for a file another process is using.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    // The firm + as-of index: one key per firm and date, so a firm's history is one index range.
    private const string FirmAsOfIndex = "FirmAsOf";
    private const string FirmAsOfExpression = "$.Firm + '|' + $.AsOf";

    private readonly DatabaseFiles _files;
    private readonly LiteDatabase _database;
    private readonly string _display;

    private EvaluationStore(DatabaseFiles files, LiteDatabase database, string display)
    {
        _files = files;
        _database = database;
        _display = display;
    }

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/>, waiting <see cref="DefaultWait"/> while it is busy.</summary>
    /// <exception cref="StoreException">The file is busy, not a SegRules database, damaged, or cannot be opened.</exception>
    public static EvaluationStore Open(string path) => Open(path, DefaultWait);

    /// <summary>
    /// Opens (creating when absent) the store at <paramref name="path"/>, waiting up to
    /// <paramref name="wait"/> while another process uses it. <paramref name="readOnly"/> opens it to
    /// read only, sharing it with other readers and never writing to it (unless a crash left a log to
    /// replay); reading a damaged file then leaves it exactly as it was.
    /// </summary>
    /// <exception cref="StoreException">The file is busy, not a SegRules database, damaged, or cannot be opened.</exception>
    public static EvaluationStore Open(string path, TimeSpan wait, bool readOnly = false)
    {
        var full = Path.GetFullPath(path);
        DatabaseFiles? files = null;
        LiteDatabase? database = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            files = DatabaseFiles.Open(full, path, wait, readOnly);
            var engine = new LiteEngine(new EngineSettings { DataStream = files.Data, LogStream = files.Log, ReadOnly = files.ReadOnly, AutoRebuild = false, Upgrade = false });
            database = new LiteDatabase(engine, ExactMapper(), disposeOnClose: true);
            var foreign = database.GetCollectionNames().Except([EvaluationsCollection, RuleSetsCollection]).Order(StringComparer.Ordinal).ToArray();
            if (foreign.Length > 0)
            {
                throw new StoreException(path, $"it is the LiteDB database of another program (collections: {string.Join(", ", foreign)}), so it was left as it is; name another file with --db");
            }

            var store = new EvaluationStore(files, database, path);
            if (!files.ReadOnly)
            {
                store.EnsureIndexes();
            }

            return store;
        }
        catch (Exception e) when (e is not StoreException)
        {
            Close(database, files);
            throw e switch
            {
                LiteException => new StoreException(path, $"it is not a SegRules database or it is damaged ({e.Message}); it was left as it is; name another file with --db"),
                IOException or UnauthorizedAccessException => new StoreException(path, $"it cannot be opened ({e.Message})"),
                _ => e,
            };
        }
        catch
        {
            Close(database, files);
            throw;
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
    public long Save(Evaluation evaluation) => SaveAll([evaluation])[0];

    /// <summary>Stores every one of <paramref name="evaluations"/> in one transaction: all of them, or (on any failure) none.</summary>
    /// <returns>The new records' ids, in the order given.</returns>
    public IReadOnlyList<long> SaveAll(IReadOnlyList<Evaluation> evaluations)
    {
        var ids = new List<long>(evaluations.Count);
        SaveAll(evaluations, (_, id) => ids.Add(id));
        return ids;
    }

    /// <summary>
    /// Stores <paramref name="evaluations"/> as they come, in one transaction: all of them, or (on any
    /// failure, including one thrown while producing them) none. <paramref name="saved"/> hears each
    /// one's id as it is written, before the commit: nothing it is told is stored until this returns.
    /// </summary>
    public void SaveAll(IEnumerable<Evaluation> evaluations, Action<Evaluation, long> saved)
    {
        try
        {
            Read(() =>
            {
                _database.BeginTrans();
                var snapshots = new HashSet<string>(StringComparer.Ordinal);
                foreach (var evaluation in evaluations)
                {
                    var record = EvaluationRecords.From(evaluation);
                    var form = evaluation.Form;
                    if (snapshots.Add(form.Hash) && RuleSets.FindById(form.Hash) is null)
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

                    saved(evaluation, Evaluations.Insert(record).AsInt64);
                }

                _database.Commit();
                return true;
            });
        }
        catch
        {
            Rollback();
            throw;
        }
    }

    /// <summary>The evaluations <paramref name="query"/> selects, newest as-of date first (the later stored first on one date).</summary>
    public IReadOnlyList<EvaluationRecord> Find(EvaluationQuery query) => Read(() =>
    {
        var from = query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "0000-00-00";
        var to = query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "9999-99-99";
        var found = query.Firm is { } firm
            ? Evaluations.Find(Query.Between(FirmAsOfExpression, $"{firm}|{from}", $"{firm}|{to}"))
            : Evaluations.Find(Query.Between(nameof(EvaluationRecord.AsOf), from, to));
        // The index ranges follow LiteDB's collation; the exact test is ordinal on the date text.
        return found
            .Where(r => (query.Firm is null || string.Equals(r.Firm, query.Firm, StringComparison.OrdinalIgnoreCase))
                && string.CompareOrdinal(r.AsOf, from) >= 0 && string.CompareOrdinal(r.AsOf, to) <= 0)
            .OrderByDescending(r => r.AsOf, StringComparer.Ordinal).ThenByDescending(r => r.Id).ToArray();
    });

    /// <summary>The evaluation with id <paramref name="id"/>; null when there is none.</summary>
    public EvaluationRecord? Get(long id) => Read(() => Evaluations.FindById(id));

    /// <summary>The rule set snapshot with content hash <paramref name="hash"/>; null when there is none.</summary>
    public RuleSetSnapshot? RuleSet(string hash) => Read(() => RuleSets.FindById(hash));

    /// <summary>The firms with stored evaluations, in name order.</summary>
    public IReadOnlyList<string> Firms() => Read(() =>
        Evaluations.Query().Select(e => e.Firm).ToEnumerable().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    /// <inheritdoc />
    public void Dispose() => Close(_database, _files);

    // Nothing of the transaction reached the file; a damaged file may refuse even the rollback, and
    // that must not hide why the write failed.
    private void Rollback()
    {
        try
        {
            _database.Rollback();
        }
        catch (LiteException)
        {
        }
    }

    private void EnsureIndexes() => Read(() =>
    {
        var evaluations = Evaluations;
        evaluations.EnsureIndex(FirmAsOfIndex, FirmAsOfExpression);
        evaluations.EnsureIndex(e => e.Firm);
        evaluations.EnsureIndex(e => e.AsOf);
        evaluations.EnsureIndex(e => e.Version);
        evaluations.EnsureIndex(e => e.RulesetHash);
        return true;
    });

    // A file that passed the header check can still hold pages LiteDB cannot read, or documents that
    // do not map to records: a damaged database, reported as such rather than as a crash.
    private T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is LiteException or InvalidCastException or FormatException or InvalidOperationException)
        {
            throw new StoreException(_display, $"it is damaged ({e.Message})");
        }
    }

    private static void Close(LiteDatabase? database, DatabaseFiles? files)
    {
        database?.Dispose();
        files?.Dispose();
    }
}
