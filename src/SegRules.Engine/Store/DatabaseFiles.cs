using System.Diagnostics;

namespace SegRules.Engine.Store;

/// <summary>
/// The database file and its write-ahead log, opened by SegRules itself with an exclusive lock. LiteDB
/// 5 opens its files shared on Linux (FileShare.Read takes only a shared lock there), so two
/// processes could both write one file and lose each other's records; holding the files exclusively
/// makes a second process wait, then say the file is busy. The log keeps LiteDB's own name
/// (<c>NAME-log.EXT</c>) so a log left by a crash is found and replayed on the next open.
/// </summary>
internal sealed class DatabaseFiles : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(50);

    private DatabaseFiles(FileStream data, FileStream log, string logPath)
    {
        Data = data;
        Log = log;
        LogPath = logPath;
    }

    /// <summary>The data file, locked.</summary>
    public FileStream Data { get; }

    /// <summary>The log file, locked.</summary>
    public FileStream Log { get; }

    /// <summary>Where the log file is.</summary>
    public string LogPath { get; }

    /// <summary>Opens and locks the files of <paramref name="path"/>, waiting up to <paramref name="wait"/> while another process holds them.</summary>
    /// <exception cref="StoreException">The file stayed busy, or is not a LiteDB file (it is left as it was).</exception>
    /// <exception cref="IOException">The file cannot be opened for another reason.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static DatabaseFiles Open(string path, string display, TimeSpan wait)
    {
        var data = Locked(path, display, wait);
        try
        {
            if (data.Length > 0 && !LiteDbHeader.IsLiteDbFile(data))
            {
                throw new StoreException(display, "it is not a LiteDB file, so it was left as it is; name another file with --db");
            }

            data.Position = 0;
            var logPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
            return new DatabaseFiles(data, Locked(logPath, display, wait), logPath);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>Closes both files, removing the log when LiteDB has emptied it into the data file.</summary>
    public void Dispose()
    {
        var empty = Log.Length == 0;
        Log.Dispose();
        if (empty)
        {
            // Still holding the data file, so no other process can be about to use the log.
            File.Delete(LogPath);
        }

        Data.Dispose();
    }

    private static FileStream Locked(string path, string display, TimeSpan wait)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 8192, FileOptions.RandomAccess);
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
