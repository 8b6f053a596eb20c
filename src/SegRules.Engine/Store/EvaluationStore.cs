using System.Runtime.ExceptionServices;
using LiteDB;
using LiteDB.Engine;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

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

    // The firm + as-of index: one key per firm and date, so a firm's history is one index range. The
    // firm part is at most FirmKeyLength characters (an index key is at most 1023 bytes in LiteDB 5).
    private const int FirmKeyLength = 100;
    private const string FirmAsOfIndex = "FirmPrefixAsOf";
    private const string FirmAsOfExpression = "IIF(LENGTH($.Firm) > 100, SUBSTRING($.Firm, 0, 100), $.Firm) + '|' + $.AsOf";
    private const string LongFirmAsOfIndex = "FirmAsOf";

    // How many documents Oldest reads from the file before decoding them together on every core.
    private const int ExpandedTogether = 64;

    private readonly DatabaseFiles _files;
    private readonly LiteDatabase _database;
    private readonly string _display;
    private readonly RecordFormats _formats;

    // Whether this open stored anything: a database it created and stored nothing in is removed on close.
    private bool _stored;

    private EvaluationStore(DatabaseFiles files, LiteDatabase database, string display)
    {
        _files = files;
        _database = database;
        _display = display;
        _formats = new RecordFormats(database.Mapper, RuleSet, snapshot => SnapshotForms(snapshot));
    }

    /// <summary>
    /// How many reads, writes and flushes of the database's files have completed since it was opened:
    /// a long commit is advancing while this rises, and stuck when it stops.
    /// </summary>
    public long DiskOperations => _files.Writes.Done;

    /// <summary>
    /// How the form definition a compact record is laid out by is had from its rule set snapshot: by
    /// default loaded from the snapshot's texts (<see cref="SnapshotRules.Load"/>). A caller that
    /// compiles the snapshot anyway (replay) gives the compiled definition instead, so its texts are
    /// not read twice. It must return the snapshot's own definition, or null when it does not load.
    /// </summary>
    public Func<RuleSetSnapshot, FormDefinition?> SnapshotForms { get; set; } = snapshot => SnapshotRules.Load(snapshot, new DiagnosticBag());

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/>, waiting <see cref="DefaultWait"/> while it is busy.</summary>
    /// <exception cref="StoreException">The file is busy, not a SegRules database, damaged, or cannot be opened.</exception>
    public static EvaluationStore Open(string path) => Open(path, DefaultWait);

    /// <summary>
    /// Opens (creating when absent) the store at <paramref name="path"/>, waiting up to
    /// <paramref name="wait"/> while another process uses it. <paramref name="readOnly"/> opens it to
    /// read only, sharing it with other readers and never writing to it (a log a crash left is read
    /// into memory, and an empty file is read as an empty database); a damaged file is left exactly as it was.
    /// </summary>
    /// <exception cref="StoreException">The file is busy, not a SegRules database, damaged, or cannot be opened.</exception>
    /// <exception cref="StoreWriteException">Opening for writing had to write, and the write failed (nothing was stored).</exception>
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
                // Copies what an earlier run left in the log into the file now, so that a failure while
                // storing is this run's own, and the log holds nothing but its transaction.
                store.Checkpoint(() => $"nothing was stored: what an earlier run left in the log of {path} could not be copied into it");
            }

            return store;
        }
        catch (Exception e) when (e is not (StoreException or StoreWriteException or DiagnosticsException or OutOfMemoryException))
        {
            var failure = files?.Writes.Failure;
            var logKept = files?.LogKept == true;
            var repaired = Close(database, files);
            throw failure is not null ? new StoreWriteException(path, WriteFailed(path, failure, logKept, "nothing was stored", repaired))
                : e switch
                {
                    IOException or UnauthorizedAccessException => new StoreException(path, $"it cannot be opened ({e.Message})"),
                    _ => new StoreException(path, $"it is not a SegRules database or it is damaged (reading its header and collections: {e.Message}); it was left as it is; name another file with --db"),
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

    /// <summary>The stored rule set snapshots, by hash.</summary>
    public ILiteCollection<RuleSetSnapshot> RuleSets => _database.GetCollection<RuleSetSnapshot>(RuleSetsCollection);

    // The evaluations as documents: compact records are written and read by hand (CompactRecord),
    // records of the previous release through the mapper.
    private ILiteCollection<BsonDocument> Documents => _database.GetCollection(EvaluationsCollection, BsonAutoId.Int64);

    // The same collection typed, for the indexes and queries on the fields both formats share.
    private ILiteCollection<EvaluationRecord> Evaluations => _database.GetCollection<EvaluationRecord>(EvaluationsCollection);

    /// <summary>Stores <paramref name="evaluation"/> and, the first time its rule set is seen, the rule set's text.</summary>
    /// <returns>The new record's id.</returns>
    public long Save(Evaluation evaluation) => SaveAll([evaluation])[0];

    /// <summary>Stores every one of <paramref name="evaluations"/> in one transaction: all of them, or (on any failure) none.</summary>
    /// <returns>The new records' ids, in the order given.</returns>
    public IReadOnlyList<long> SaveAll(IReadOnlyList<Evaluation> evaluations)
    {
        var ids = new List<long>(evaluations.Count);
        SaveAll(evaluations, (_, _, id) => ids.Add(id));
        return ids;
    }

    /// <summary>
    /// Stores <paramref name="evaluations"/> as they come, in one transaction: all of them, or (on any
    /// failure, including one thrown while producing them) none. <paramref name="saved"/> hears each
    /// one's record and id as it is written, before the commit: nothing it is told is stored until this returns.
    /// </summary>
    public void SaveAll(IEnumerable<Evaluation> evaluations, Action<Evaluation, EvaluationRecord, long> saved)
    {
        _files.BeginTransaction();
        var written = new List<(long Id, string SourceHash, string Firm)>();
        try
        {
            Read("the database before storing", () =>
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

                    var id = Documents.Insert(CompactRecord.ToDocument(record, form)).AsInt64;
                    written.Add((id, record.SourceHash, record.Firm));
                    saved(evaluation, record, id);
                }

                return _database.Commit();
            });
        }
        catch
        {
            Rollback();
            throw;
        }

        if (written.Count == 0)
        {
            return;
        }

        // LiteDB's commit only queues the log for its writer thread: the write is known to be done
        // (or to have failed) once the log is copied into the file, and the records read back from it.
        Checkpoint(() => $"{Describe(written.Select(w => w.Id).ToArray())} stored in the log of {_display} but not copied into it");
        Verify(written);
        _stored = true;
    }

    /// <summary>The evaluations <paramref name="query"/> selects, newest as-of date first (the later stored first on one date).</summary>
    public IReadOnlyList<EvaluationRecord> Find(EvaluationQuery query) =>
        Read("the evaluations", () => Select(query).ToArray()).Select(d => Expand(d, texts: true)).Where(query.Selects)
            .OrderByDescending(r => r.AsOf, StringComparer.Ordinal).ThenByDescending(r => r.Id).ToArray();

    /// <summary>
    /// The evaluations <paramref name="query"/> selects, oldest as-of date first (the earlier stored
    /// first on one date), read from the file as they are enumerated rather than all at once: only one
    /// date's records are held at a time. Without <paramref name="texts"/> the findings of a compact
    /// record carry no words (see <see cref="CompactRecord.FromDocument"/>), for comparing them.
    /// Enumerate while the store is open.
    /// </summary>
    public IEnumerable<EvaluationRecord> Oldest(EvaluationQuery query, bool texts)
    {
        using var documents = Read("the evaluations", () => Select(query).GetEnumerator());
        var day = new List<EvaluationRecord>();
        var read = new List<BsonDocument>(ExpandedTogether);
        do
        {
            read.Clear();
            while (read.Count < ExpandedTogether && Read("the evaluations", documents.MoveNext))
            {
                read.Add(documents.Current);
            }

            foreach (var record in ExpandAll(read, texts).Where(query.Selects))
            {
                if (day.Count > 0 && day[0].AsOf != record.AsOf)
                {
                    foreach (var earlier in day.OrderBy(r => r.Id))
                    {
                        yield return earlier;
                    }

                    day.Clear();
                }

                day.Add(record);
            }
        }
        while (read.Count == ExpandedTogether);

        foreach (var last in day.OrderBy(r => r.Id))
        {
            yield return last;
        }
    }

    /// <summary>The evaluation with id <paramref name="id"/>; null when there is none.</summary>
    public EvaluationRecord? Get(long id) => Read($"evaluation {id}", () => Documents.FindById(id)) is { } document ? Expand(document, texts: true) : null;

    /// <summary>
    /// How many evaluations the index range of <paramref name="query"/> holds, counted from the index
    /// without reading them: the number <see cref="Oldest"/> yields, but for firms whose names differ
    /// only in case or share their first 100 characters.
    /// </summary>
    public int Count(EvaluationQuery query) => Read("the evaluations", () => Documents.Count(IndexRange(query)));

    /// <summary>The rule set snapshot with content hash <paramref name="hash"/>; null when there is none.</summary>
    public RuleSetSnapshot? RuleSet(string hash) => Read($"the rule set {hash}", () => RuleSets.FindById(hash) is { } snapshot ? RecordShape.Checked(snapshot) : null);

    // The documents of the evaluations the query's index range holds, in ascending index order: by
    // firm and date, or by date. The index ranges follow LiteDB's collation; EvaluationQuery.Selects is the exact test.
    private IEnumerable<BsonDocument> Select(EvaluationQuery query) => Documents.Find(IndexRange(query));

    private static BsonExpression IndexRange(EvaluationQuery query)
    {
        var (from, to) = query.Dates;
        return query.Firm is { } firm && firm.Length <= FirmKeyLength
            ? Query.Between(FirmAsOfExpression, $"{firm}|{from}", $"{firm}|{to}")
            : Query.Between(nameof(EvaluationRecord.AsOf), from, to);
    }

    private EvaluationRecord Expand(BsonDocument document, bool texts) => Read(Describe(document), () => _formats.Read(document, texts));

    // The records of documents read from the file, in their order, decoded on every core; a record
    // that does not decode is reported (as Expand would) when its turn comes.
    private IEnumerable<EvaluationRecord> ExpandAll(List<BsonDocument> documents, bool texts)
    {
        var expanded = documents.AsParallel().AsOrdered().Select(document =>
        {
            try
            {
                return (Record: (EvaluationRecord?)_formats.Read(document, texts), Error: (ExceptionDispatchInfo?)null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return (Record: null, Error: (ExceptionDispatchInfo?)ExceptionDispatchInfo.Capture(e));
            }
        }).ToArray();
        for (var i = 0; i < expanded.Length; i++)
        {
            var (record, error) = expanded[i];
            yield return record ?? Read(Describe(documents[i]), () =>
            {
                error!.Throw();
                return (EvaluationRecord)null!;
            });
        }
    }

    private static string Describe(BsonDocument document) => $"evaluation {(document["_id"].IsInt64 ? document["_id"].AsInt64 : document["_id"])}";

    /// <summary>The firms with stored evaluations, in name order.</summary>
    public IReadOnlyList<string> Firms() => Read("the firms' names", () =>
        Evaluations.Query().Select(e => e.Firm).ToEnumerable().Select(RecordShape.Checked).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    /// <summary>Closes the store; a database file this open created and stored nothing in is removed.</summary>
    public void Dispose()
    {
        if (!_stored)
        {
            _files.DiscardIfCreated();
        }

        Close(_database, _files);
    }

    private void Checkpoint(Func<string> storedInLog)
    {
        Read("the log, copying it into the file", () =>
        {
            _database.Checkpoint();
            return true;
        });
        if (_files.Writes.Failure is { } failure)
        {
            var logKept = _files.LogKept;
            var repaired = Close(_database, _files);
            throw new StoreWriteException(_display, WriteFailed(_display, failure, logKept, logKept ? storedInLog() : "nothing was stored", repaired));
        }
    }

    // Read back from the file (the checkpoint emptied LiteDB's cache): what is reported stored is there.
    // The ids were given in ascending order, so one scan of their range reads them all back in that order.
    private void Verify(IReadOnlyList<(long Id, string SourceHash, string Firm)> written)
    {
        var range = Query.Between("_id", new BsonValue(written[0].Id), new BsonValue(written[^1].Id));
        var read = Read($"evaluations {written[0].Id} to {written[^1].Id} back", () => Documents.Find(range).GetEnumerator());
        using (read)
        {
            foreach (var (id, sourceHash, firm) in written)
            {
                var stored = Read($"evaluation {id}", () => read.MoveNext() ? read.Current : null);
                if (stored is null || stored["_id"] != id || stored["sh"] != sourceHash || stored[nameof(EvaluationRecord.Firm)] != firm)
                {
                    throw new StoreWriteException(_display, $"{_display} did not keep what was stored: evaluation {id} does not read back as written; check the disk, and the file with segrules history");
                }
            }
        }
    }

    private static string Describe(IReadOnlyList<long> ids) =>
        ids.Count == 1 ? $"evaluation {ids[0]} was" : $"evaluations {ids.Min()} to {ids.Max()} were";

    private static string WriteFailed(string display, WriteFailure failure, bool logKept, string stored, bool repaired) =>
        !repaired ? $"the write to {display} did not complete ({failure}), and taking it back failed too: whether anything was stored is unknown; check with segrules history"
        : logKept ? $"{stored} ({failure}); LiteDB copies it in the next time segrules opens {display} to store, once the disk has room"
        : $"{stored} in {display}: {failure}; the evaluations stored before are as they were";

    // Nothing of the transaction reached the file; a damaged file may refuse even the rollback, and
    // that must not hide why the write failed.
    private void Rollback()
    {
        try
        {
            _database.Rollback();
        }
        catch (Exception e) when (e is LiteException or IOException)
        {
        }
    }

    // One transaction, so a new database costs one flush of the log rather than one per index.
    private void EnsureIndexes() => Read("its indexes", () =>
    {
        _database.BeginTrans();
        var evaluations = Evaluations;
        // Index keys are at most 1023 bytes in LiteDB 5: the firm part of the key is its first
        // characters, and a longer firm's history is found by date and then by its exact name.
        evaluations.DropIndex(LongFirmAsOfIndex);
        evaluations.DropIndex(nameof(EvaluationRecord.Firm));
        // Every index is written on every insert, and nothing looks records up by version or rule set
        // (a batch spent a fifth of its store's allocations keeping these two): earlier files lose them.
        evaluations.DropIndex(nameof(EvaluationRecord.Version));
        evaluations.DropIndex(nameof(EvaluationRecord.RulesetHash));
        evaluations.EnsureIndex(FirmAsOfIndex, FirmAsOfExpression);
        evaluations.EnsureIndex(e => e.AsOf);
        return _database.Commit();
    });

    // A file that passed the header check can still hold pages LiteDB cannot read, or documents that
    // do not map to records: a damaged database, reported as such rather than as a crash. A failed
    // write comes first: what LiteDB meets after it follows from it.
    private T Read<T>(string what, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not (StoreException or StoreWriteException or DiagnosticsException or OutOfMemoryException))
        {
            if (_files.Writes.Failure is { } failure)
            {
                var logKept = _files.LogKept;
                var repaired = Close(_database, _files);
                throw new StoreWriteException(_display, WriteFailed(_display, failure, logKept, "nothing was stored", repaired));
            }

            throw new StoreException(_display, $"it is damaged (reading {what}: {OneLine(e.Message)})");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static bool Close(LiteDatabase? database, DatabaseFiles? files)
    {
        try
        {
            database?.Dispose();
        }
        catch (Exception e) when (e is LiteException or IOException)
        {
            // Closing a damaged or failed file: what went wrong is reported already.
        }

        var repaired = files?.Repair() ?? true;
        files?.Dispose();
        return repaired;
    }
}
