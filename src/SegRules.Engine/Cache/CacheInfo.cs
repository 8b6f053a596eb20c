namespace SegRules.Engine.Cache;

/// <summary>What <c>segrules cache info</c> reports.</summary>
/// <param name="Directory">The cache folder.</param>
/// <param name="Entries">How many compiled rule sets it holds.</param>
/// <param name="Bytes">The total size of its entries (compiled rule sets and manifests).</param>
/// <param name="Partial">Entries left half-written by a process that was killed (never used; <c>cache clear</c> removes them).</param>
public sealed record CacheInfo(string Directory, int Entries, long Bytes, int Partial)
{
    /// <summary>How many manifests' facts it keeps (so the versions of a rules folder are found without parsing their manifests).</summary>
    public int Manifests { get; init; }
}
