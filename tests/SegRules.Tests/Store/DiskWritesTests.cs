using SegRules.Engine.Store;

namespace SegRules.Tests.Store;

/// <summary>
/// The log is flushed to disk before a page is copied into the data file, once for all the log pages
/// written before it (not once per page, as LiteDB's writer thread asks), and a failed flush stops
/// the copy.
/// </summary>
public sealed class DiskWritesTests
{
    [Fact]
    public void BeforeDataWrite_AfterManyLogWrites_FlushesTheLogOnceThenNotAgain()
    {
        // Arrange
        var writes = new DiskWrites();
        var flushes = 0;
        for (var page = 0; page < 3000; page++)
        {
            writes.LogWritten();
        }

        // Act
        var first = writes.BeforeDataWrite(() => ++flushes > 0);
        var second = writes.BeforeDataWrite(() => ++flushes > 0);

        // Assert
        Assert.Equal((true, true, 1, true), (first, second, flushes, writes.DataWritten));
    }

    [Fact]
    public void BeforeDataWrite_NoLogWritten_DoesNotFlush()
    {
        var writes = new DiskWrites();
        var flushes = 0;

        var allowed = writes.BeforeDataWrite(() => ++flushes > 0);

        Assert.Equal((true, 0), (allowed, flushes));
    }

    [Fact]
    public void BeforeDataWrite_LogFlushFails_RefusesThePageAsBeforeTheLogWasOnDisk()
    {
        // Arrange: the flush records its failure, as the log's stream does.
        var writes = new DiskWrites();
        writes.LogWritten();
        bool FailingFlush()
        {
            writes.Fail(new WriteFailure("x-log.db", "flushing to disk", "No space left on device", writes.DataWritten));
            return false;
        }

        // Act
        var allowed = writes.BeforeDataWrite(FailingFlush);

        // Assert
        Assert.Equal((false, false, false), (allowed, writes.DataWritten, writes.Failure!.AfterLogOnDisk));
    }

    [Fact]
    public void BeforeDataWrite_LogWrittenAfterAFlush_FlushesAgain()
    {
        var writes = new DiskWrites();
        var flushes = 0;
        writes.LogWritten();
        writes.BeforeDataWrite(() => ++flushes > 0);
        writes.LogWritten();

        writes.BeforeDataWrite(() => ++flushes > 0);

        Assert.Equal(2, flushes);
    }
}
