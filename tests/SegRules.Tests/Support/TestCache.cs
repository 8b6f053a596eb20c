using System.Runtime.CompilerServices;

namespace SegRules.Tests.Support;

/// <summary>
/// Keeps the test run out of the user's compiled rule set cache: every in-process and child
/// <c>segrules</c> of this run shares one cache folder of its own (a test that studies the cache
/// names its own with SEGRULES_CACHE_DIR).
/// </summary>
public static class TestCache
{
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), $"segrules-tests-cache-{Environment.ProcessId}");

    [ModuleInitializer]
    internal static void UseTestCache() => Environment.SetEnvironmentVariable("SEGRULES_CACHE_DIR", Directory);
}
