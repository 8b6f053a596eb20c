namespace SegRules.Engine.Store;

/// <summary>A write to the evaluation store did not complete; the message says what is stored and what is not.</summary>
public sealed class StoreWriteException(string path, string message) : Exception(message)
{
    /// <summary>The database file.</summary>
    public string Path { get; } = path;
}
