namespace SegRules.Engine.Store;

/// <summary>
/// What became of the writes of one open store: the first one that failed, and whether LiteDB's log
/// is on disk. LiteDB 5.0.20 writes its log on a thread of its own and swallows what that thread
/// meets (a full disk is logged nowhere, and a later wait for the thread never returns), so the
/// store's files record every failure here instead of letting it reach LiteDB, and the store asks
/// after each step. A page is copied into the data file only once every log page before it is on
/// disk, so a commit whose log reached the disk is never lost to a failure that follows.
/// </summary>
internal sealed class DiskWrites
{
    private readonly object _sync = new();
    private int _unflushedLogWrites;
    private long _done;

    /// <summary>How many reads, writes and flushes of the store's files have completed: it rises while the disk answers.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>Counts one more completed read, write or flush.</summary>
    public void Completed() => Interlocked.Increment(ref _done);

    /// <summary>The first write, flush or resize that failed; null while all succeeded.</summary>
    public WriteFailure? Failure { get; private set; }

    /// <summary>True once a page has gone to the data file since <see cref="BeginTransaction"/>: the log of that transaction was then whole on disk.</summary>
    public bool DataWritten { get; private set; }

    /// <summary>True when nothing more may be written: a write failed, and what follows is dropped so the files stay as the failure left them.</summary>
    public bool Failed => Failure is not null;

    /// <summary>Marks the start of a transaction: from here, a failure before the first data page means it did not reach the disk.</summary>
    public void BeginTransaction()
    {
        lock (_sync)
        {
            DataWritten = false;
        }
    }

    /// <summary>Records <paramref name="failure"/> unless an earlier one is known.</summary>
    public void Fail(WriteFailure failure)
    {
        lock (_sync)
        {
            Failure ??= failure;
        }
    }

    /// <summary>A page was written to the log and is not yet flushed to disk.</summary>
    public void LogWritten()
    {
        lock (_sync)
        {
            _unflushedLogWrites++;
        }
    }

    /// <summary>
    /// Called before a page goes to the data file: puts the log on disk first, with
    /// <paramref name="flushLog"/>, when a page was written to it since it last was (a page is copied
    /// into the data file only once every log page before it is durable). False when a write or that
    /// flush failed, so the page must not be written.
    /// </summary>
    /// <param name="flushLog">Flushes the log to disk; false when that failed (and was recorded here).</param>
    public bool BeforeDataWrite(Func<bool> flushLog)
    {
        lock (_sync)
        {
            // A log write that lands while this flush runs counts after it is reset, and is flushed next time.
            if (_unflushedLogWrites > 0 && Failure is null && flushLog())
            {
                _unflushedLogWrites = 0;
            }

            if (Failure is null)
            {
                DataWritten = true;
            }

            return Failure is null;
        }
    }
}
