namespace SegRules.Engine.Store;

/// <summary>The evaluation store's file cannot be used (not a LiteDB file, unreadable, locked).</summary>
public sealed class StoreException(string path, string reason) : Exception($"cannot use {path} as the SegRules database: {reason}")
{
    /// <summary>The database file.</summary>
    public string Path { get; } = path;
}
