using System.Diagnostics;
using SegRules.Engine.Files;

namespace SegRules.Engine.Store;

/// <summary>
/// The database file and its write-ahead log, opened by SegRules itself and locked. LiteDB 5 opens its
/// files shared on Linux (FileShare.Read takes only a shared lock there), so two processes could both
/// write one file and lose each other's records. A writer holds the files exclusively and sees them
/// through <see cref="GuardedStream"/>s, which record every failed write in <see cref="Writes"/>;
/// readers share the data file, open it to read only, and give LiteDB a copy of any log in memory
/// (so they never write, not even to replay a log or to an empty file). Either waits for the other,
/// then says the file is busy. The log keeps LiteDB's own name (<c>NAME-log.EXT</c>) so a log left by
/// a crash is found and replayed on the next open for writing.
/// </summary>
internal sealed class DatabaseFiles : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _data;
    private readonly FileStream? _log;
    private readonly bool _dataCreated;
    private readonly long _dataLengthAtOpen;
    private long _logLengthAtTransaction;
    private bool _discard;
    private bool _disposed;

    // Writing: LiteDB sees the locked files through guards. Reading: it sees what it is given.
    private DatabaseFiles(FileStream data, FileStream? log, bool dataCreated, Stream? readData = null, Stream? readLog = null)
    {
        _data = data;
        _log = log;
        var guardedLog = log is null ? null : new GuardedStream(log, log: null, Writes);
        Log = guardedLog ?? readLog!;
        Data = guardedLog is null ? readData! : new GuardedStream(data, guardedLog, Writes);
        _dataCreated = dataCreated;
        _dataLengthAtOpen = data.Length;
        _logLengthAtTransaction = log?.Length ?? 0;
    }

    /// <summary>The data file as LiteDB is to use it.</summary>
    public Stream Data { get; }

    /// <summary>The log as LiteDB is to use it: the locked log file, or a copy in memory when reading only.</summary>
    public Stream Log { get; }

    /// <summary>True when the files were opened for reading only.</summary>
    public bool ReadOnly => _log is null;

    /// <summary>What became of the writes (nothing is written when reading only).</summary>
    public DiskWrites Writes { get; } = new();

    /// <summary>
    /// Opens and locks the files of <paramref name="path"/>, waiting up to <paramref name="wait"/> while
    /// another process holds them. <paramref name="readOnly"/> opens an existing file for reading only.
    /// </summary>
    /// <exception cref="StoreException">The file stayed busy, or is not a LiteDB file (it is left as it was).</exception>
    /// <exception cref="IOException">The file cannot be opened for another reason.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static DatabaseFiles Open(string path, string display, TimeSpan wait, bool readOnly = false)
    {
        var logPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        RefuseUnlessRegular(path, display, "it");
        RefuseUnlessRegular(logPath, display, $"its log {logPath}");
        if (readOnly)
        {
            var reading = Checked(Locked(path, display, wait, readOnly: true), display);
            try
            {
                // An empty file is an empty database; LiteDB would write its header into it.
                var data = reading.Length == 0 ? (Stream)new MemoryStream() : reading;
                return new DatabaseFiles(reading, null, dataCreated: false, data, LogCopy(logPath));
            }
            catch
            {
                reading.Dispose();
                throw;
            }
        }

        var dataCreated = !File.Exists(path);
        var writing = Checked(Locked(path, display, wait, readOnly: false), display);
        try
        {
            return new DatabaseFiles(writing, Locked(logPath, display, wait, readOnly: false), dataCreated);
        }
        catch
        {
            writing.Dispose();
            throw;
        }
    }

    /// <summary>
    /// True when a write failed after the transaction's log was whole on disk, in a database that
    /// existed before: the log is kept, and LiteDB replays it the next time the file is opened to write.
    /// </summary>
    public bool LogKept => Writes.Failure is { AfterLogOnDisk: true } && _dataLengthAtOpen > 0;

    /// <summary>Marks the start of a transaction: a failure before its log is on disk cuts the log back to here.</summary>
    public void BeginTransaction()
    {
        _logLengthAtTransaction = _log?.Length ?? 0;
        Writes.BeginTransaction();
    }

    /// <summary>
    /// After a failed write, and once LiteDB has let go of the files: takes back what the failed
    /// transaction left in the log (LiteDB ignores an unconfirmed transaction, but a half-written page
    /// could be taken for one), and a half-written header of a database created just now. A failure
    /// after the log was whole on disk leaves everything: LiteDB replays that log on the next open.
    /// </summary>
    /// <returns>False when the files could not be put back (their state is then unknown).</returns>
    public bool Repair()
    {
        if (Writes.Failure is null || LogKept || _log is null || _disposed)
        {
            return true;
        }

        try
        {
            // A database created by this open had nothing in it: it goes back to nothing.
            _log.SetLength(_dataLengthAtOpen == 0 ? 0 : _logLengthAtTransaction);
            _log.Flush(flushToDisk: true);
            if (_dataLengthAtOpen == 0)
            {
                _data.SetLength(0);
                _data.Flush(flushToDisk: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Has the files removed when they are closed, if this open created them: a run that stored nothing
    /// in a database it created leaves no file behind.
    /// </summary>
    public void DiscardIfCreated() => _discard = _dataCreated && _log is not null;

    /// <summary>
    /// Closes both files, removing the log when LiteDB has emptied it into the data file, and files this
    /// open created and left empty or was told to discard.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_log is not null)
        {
            var emptyLog = _log.Length == 0;
            _log.Dispose();
            if (emptyLog || _discard)
            {
                // Still holding the data file, so no other process can be about to use the log.
                File.Delete(_log.Name);
            }
        }

        // LiteDB closes a data file it reads; one this open created and a failed write left empty goes.
        var createdEmpty = _dataCreated && Writes.Failed && _data.CanSeek && _data.Length == 0;
        _data.Dispose();
        if (createdEmpty || _discard)
        {
            File.Delete(_data.Name);
        }
    }

    private static Stream LogCopy(string logPath)
    {
        var copy = new MemoryStream();
        if (File.Exists(logPath))
        {
            using var log = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            log.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    private static void RefuseUnlessRegular(string path, string display, string what)
    {
        var kind = FileKinds.Of(path);
        if (kind is FileKind.Device or FileKind.Pipe)
        {
            throw new StoreException(display, $"{what} is a {(kind == FileKind.Device ? "device" : "pipe or socket")}, not a file; name a file with --db");
        }
    }

    private static FileStream Checked(FileStream data, string display)
    {
        if (data.Length > 0 && !LiteDbHeader.IsLiteDbFile(data))
        {
            data.Dispose();
            throw new StoreException(display, "it is not a LiteDB file, so it was left as it is; name another file with --db");
        }

        data.Position = 0;
        return data;
    }

    // Unbuffered (buffer size 0): a write that fails must fail when LiteDB makes it, not at a later flush.
    private static FileStream Locked(string path, string display, TimeSpan wait, bool readOnly)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return readOnly
                    ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.RandomAccess)
                    : new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 0, FileOptions.RandomAccess);
            }
            catch (IOException e) when (IsLocked(e))
            {
                if (clock.Elapsed >= wait)
                {
                    throw new StoreException(display,
                        $"it is busy: another process (another segrules run?) is using it, and it stayed busy for {wait.TotalSeconds:0.#} s; try again when that run has finished");
                }

                Thread.Sleep(Retry);
            }
        }
    }

    // A lock held elsewhere: EWOULDBLOCK from flock on Linux (11) and macOS (35), a sharing or lock
    // violation on Windows (32, 33 in the low word of the HRESULT).
    private static bool IsLocked(IOException e) => (e.HResult & 0xFFFF) is 11 or 35 or 32 or 33 && e is not FileNotFoundException and not DirectoryNotFoundException;
}
