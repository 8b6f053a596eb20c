namespace SegRules.Engine.Store;

/// <summary>
/// One of the store's files as LiteDB sees it. A write, flush or resize that fails is recorded in
/// <see cref="DiskWrites"/> and not thrown: LiteDB's log writer thread would swallow the exception and
/// leave every later wait for it hanging. After a failure nothing more is written to either file, so
/// they stay as the failure left them, and nothing more is read (LiteDB's log replay and the store's own repair rely on that).
/// A flush of the data file is a flush to disk (LiteDB only asks for one, fsync, on files it opens
/// itself). The log is flushed to disk when that is needed: before the first page is copied from it
/// into the data file (<see cref="DiskWrites.BeforeDataWrite"/>). LiteDB's writer thread asks for a
/// flush each time its queue runs dry, which in a long commit is nearly once per page: thousands of
/// flushes to disk for one transaction, where the one before the copy gives the same guarantee.
/// </summary>
/// <param name="file">The file.</param>
/// <param name="log">For the data file, the log's stream; null for the log itself.</param>
/// <param name="writes">Where writes, flushes and failures are recorded.</param>
internal sealed class GuardedStream(FileStream file, GuardedStream? log, DiskWrites writes) : Stream
{
    private bool IsLog => log is null;

    /// <summary>The file itself, for the store's repair after a failure.</summary>
    public FileStream File => file;

    /// <inheritdoc />
    public override bool CanRead => file.CanRead;

    /// <inheritdoc />
    public override bool CanSeek => file.CanSeek;

    /// <inheritdoc />
    public override bool CanWrite => file.CanWrite;

    /// <inheritdoc />
    public override long Length => file.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    /// <summary>Reads, unless a write failed: LiteDB would then read pages that never reached the file, and can loop on them for ever.</summary>
    /// <exception cref="IOException">An earlier write failed.</exception>
    public override int Read(byte[] buffer, int offset, int count)
    {
        if (writes.Failure is { } failure)
        {
            throw new IOException($"nothing more is read after a failed write ({failure})");
        }

        var read = file.Read(buffer, offset, count);
        writes.Completed();
        return read;
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count)
    {
        if (IsLog ? writes.Failed : !writes.BeforeDataWrite(log!.FlushToDisk))
        {
            return;
        }

        if (Guard("writing", () => file.Write(buffer, offset, count)) && IsLog)
        {
            writes.LogWritten();
        }
    }

    /// <summary>Flushes the data file to disk; the log's flush is left to <see cref="DiskWrites.BeforeDataWrite"/> (see the class summary).</summary>
    public override void Flush()
    {
        if (!IsLog && !writes.Failed)
        {
            FlushToDisk();
        }
    }

    /// <summary>Flushes the file to disk; false when that failed (the failure is recorded in the writes).</summary>
    public bool FlushToDisk() => Guard("flushing to disk", () => file.Flush(flushToDisk: true));

    /// <inheritdoc />
    public override void SetLength(long value)
    {
        if (!writes.Failed)
        {
            Guard("resizing", () => file.SetLength(value));
        }
    }

    // The file itself is closed by the store, which locked it; LiteDB only lets go of it.
    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
    }

    private bool Guard(string operation, Action action)
    {
        try
        {
            action();
            writes.Completed();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever the system says, LiteDB's writer thread must not see it (see the class summary).
            writes.Fail(new WriteFailure(file.Name, operation, Reason(e), writes.DataWritten));
            return false;
        }
    }

    // .NET appends " : 'PATH'" to the system's message; the path is named already.
    private static string Reason(Exception e)
    {
        var message = e.Message;
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        return path > 0 ? message[..path] : message;
    }
}
