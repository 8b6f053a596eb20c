namespace SegRules.Engine.Store;

/// <summary>A write to a store file that did not complete.</summary>
/// <param name="File">The file: the database or its log.</param>
/// <param name="Operation">What was being done: writing, flushing to disk, resizing.</param>
/// <param name="Reason">The operating system's reason, e.g. "No space left on device".</param>
/// <param name="AfterLogOnDisk">True when the failure came after the transaction's log was whole on disk (while copying it into the database).</param>
internal sealed record WriteFailure(string File, string Operation, string Reason, bool AfterLogOnDisk)
{
    /// <summary>One line: "writing /x/db-log.db failed: No space left on device".</summary>
    public override string ToString() => $"{Operation} {File} failed: {Reason}";
}
