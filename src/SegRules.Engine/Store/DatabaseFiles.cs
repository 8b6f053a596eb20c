using System.Diagnostics;

namespace SegRules.Engine.Store;

/// <summary>
/// The database file and its write-ahead log, opened by SegRules itself and locked. LiteDB 5 opens its
/// files shared on Linux (FileShare.Read takes only a shared lock there), so two processes could both
/// write one file and lose each other's records. A writer holds the files exclusively; readers share
/// the data file, read it only (so a damaged file is not even marked) and keep LiteDB's log in memory.
/// Either waits for the other, then says the file is busy. The log keeps LiteDB's own name
/// (<c>NAME-log.EXT</c>) so a log left by a crash is found and replayed on the next open, which is
/// then an open for writing.
/// </summary>
internal sealed class DatabaseFiles : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(50);

    private DatabaseFiles(FileStream data, Stream log, string? logPath)
    {
        Data = data;
        Log = log;
        LogPath = logPath;
    }

    /// <summary>The data file, locked.</summary>
    public FileStream Data { get; }

    /// <summary>The log: the locked log file, or a stream in memory when reading only.</summary>
    public Stream Log { get; }

    /// <summary>Where the log file is; null when reading only.</summary>
    public string? LogPath { get; }

    /// <summary>True when the files were opened for reading only.</summary>
    public bool ReadOnly => LogPath is null;

    /// <summary>
    /// Opens and locks the files of <paramref name="path"/>, waiting up to <paramref name="wait"/> while
    /// another process holds them. <paramref name="readOnly"/> opens an existing database for reading
    /// only, unless it has a log to replay or is empty (then it is opened for writing).
    /// </summary>
    /// <exception cref="StoreException">The file stayed busy, or is not a LiteDB file (it is left as it was).</exception>
    /// <exception cref="IOException">The file cannot be opened for another reason.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static DatabaseFiles Open(string path, string display, TimeSpan wait, bool readOnly = false)
    {
        var logPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        if (readOnly && File.Exists(path))
        {
            var reading = Checked(Locked(path, display, wait, readOnly: true), display);
            if (reading.Length > 0 && !(File.Exists(logPath) && new FileInfo(logPath).Length > 0))
            {
                return new DatabaseFiles(reading, new MemoryStream(), null);
            }

            reading.Dispose();
        }

        var data = Checked(Locked(path, display, wait, readOnly: false), display);
        try
        {
            return new DatabaseFiles(data, Locked(logPath, display, wait, readOnly: false), logPath);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>Closes both files, removing the log file when LiteDB has emptied it into the data file.</summary>
    public void Dispose()
    {
        var empty = Log.Length == 0;
        Log.Dispose();
        if (LogPath is not null && empty)
        {
            // Still holding the data file, so no other process can be about to use the log.
            File.Delete(LogPath);
        }

        Data.Dispose();
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

    private static FileStream Locked(string path, string display, TimeSpan wait, bool readOnly)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return readOnly
                    ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 8192, FileOptions.RandomAccess)
                    : new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 8192, FileOptions.RandomAccess);
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
