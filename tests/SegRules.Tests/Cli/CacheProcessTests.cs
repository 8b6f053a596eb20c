using System.Diagnostics;
using SegRules.Engine.Cache;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary>The compiled rule set cache as users meet it: real <c>segrules</c> processes on a cache folder of their own.</summary>
public sealed class CacheProcessTests : IDisposable
{
    private readonly TempDirectory _work = new();

    private string CacheFolder => _work.File("cache");

    private Dictionary<string, string> Environment => new() { ["SEGRULES_CACHE_DIR"] = CacheFolder };

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Evaluate_WarmCache_LoadsNeitherRoslynNorYamlDotNet()
    {
        // The program copied without Microsoft.CodeAnalysis and YamlDotNet: it can evaluate only if it
        // loads neither (the rule set and the manifests' facts come from the cache, the sample is plain YAML).
        var program = CopyWithoutRoslynAndYamlDotNet();
        var cold = CliProcess.Run(_work.Path, Environment, "evaluate", TestPaths.SeedSample, "--no-store");

        var warm = Run(program, CacheFolder, "evaluate", TestPaths.SeedSample, "--no-store");
        var withoutCache = Run(program, _work.File("empty-cache"), "evaluate", TestPaths.SeedSample, "--no-store");

        Assert.Equal(0, cold.ExitCode);
        Assert.True(warm.ExitCode == 0, warm.Error);
        Assert.Equal(cold.Output, warm.Output);
        Assert.Contains("350,288,368 [7190]", warm.Output, StringComparison.Ordinal);
        Assert.Equal("", warm.Error);
        Assert.NotEqual(0, withoutCache.ExitCode);
    }

    [Fact]
    public void Evaluate_TwoProcessesOnAnEmptyCache_BothSucceedAndLeaveOneWholeEntry()
    {
        var first = CliProcess.Start(_work.Path, Environment, "evaluate", TestPaths.SeedSample, "--no-store");
        var second = CliProcess.Start(_work.Path, Environment, "evaluate", TestPaths.SeedSample, "--no-store");
        var outputs = new[] { first, second }.Select(p => (Output: p.StandardOutput.ReadToEndAsync(), Error: p.StandardError.ReadToEndAsync())).ToArray();
        first.WaitForExit();
        second.WaitForExit();

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.All(outputs, o => Assert.Contains("350,288,368 [7190]", o.Output.Result, StringComparison.Ordinal));
        Assert.All(outputs, o => Assert.Equal("", o.Error.Result));
        Assert.Single(Directory.GetFiles(CacheFolder, "*" + CompiledRuleSetCache.EntryExtension));
        Assert.Equal(4, Directory.GetFiles(CacheFolder, "*" + CompiledRuleSetCache.ManifestExtension).Length);
        Assert.Equal(5, Directory.GetFiles(CacheFolder).Length);
    }

    [Fact]
    public void Evaluate_CorruptEntry_IsRebuiltWithOneNoteThenUsed()
    {
        CliProcess.Run(_work.Path, Environment, "evaluate", TestPaths.SeedSample, "--no-store");
        var entry = Assert.Single(Directory.GetFiles(CacheFolder, "*" + CompiledRuleSetCache.EntryExtension));
        var bytes = File.ReadAllBytes(entry);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(entry, bytes);

        var rebuilt = CliProcess.Run(_work.Path, Environment, "evaluate", TestPaths.SeedSample, "--no-store");
        var after = CliProcess.Run(_work.Path, Environment, "evaluate", TestPaths.SeedSample, "--no-store");

        Assert.Equal(0, rebuilt.ExitCode);
        var note = Assert.Single(rebuilt.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("was not used: its content does not match its hash", note, StringComparison.Ordinal);
        Assert.Equal("", after.Error);
        Assert.Equal(rebuilt.Output, after.Output);
    }

    [Fact]
    public void CacheInfoAndClear_ReportAndEmptyTheFolder_NoCacheWritesNothing()
    {
        var uncached = CliProcess.Run(_work.Path, Environment, "evaluate", TestPaths.SeedSample, "--no-store", "--no-cache");
        var nothing = Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder).Length : 0;
        CliProcess.Run(_work.Path, Environment, "evaluate", TestPaths.SeedSample, "--no-store");

        var info = CliProcess.Run(_work.Path, Environment, "cache", "info");
        var clear = CliProcess.Run(_work.Path, Environment, "cache", "clear");
        var empty = CliProcess.Run(_work.Path, Environment, "cache", "info");

        Assert.Equal((0, 0), (uncached.ExitCode, nothing));
        Assert.Contains($"Cache:    {CacheFolder}", info.Output, StringComparison.Ordinal);
        Assert.Contains("Entries:  1 compiled rule set(s), 4 manifest(s)", info.Output, StringComparison.Ordinal);
        Assert.Contains("Deleted 5 cache file(s)", clear.Output, StringComparison.Ordinal);
        Assert.Contains("Entries:  0 compiled rule set(s), 0 manifest(s)", empty.Output, StringComparison.Ordinal);
    }

    private string CopyWithoutRoslynAndYamlDotNet()
    {
        var source = Path.GetDirectoryName(TestPaths.CliDll)!;
        var target = _work.File("program");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileName(f).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("YamlDotNet", StringComparison.Ordinal)))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        Assert.Empty(Directory.GetFiles(target, "Microsoft.CodeAnalysis*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(target, "YamlDotNet*", SearchOption.AllDirectories));
        return Path.Combine(target, "segrules.dll");
    }

    private CliProcess.Result Run(string program, string cache, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _work.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = _work.Path;
        start.Environment["SEGRULES_CACHE_DIR"] = cache;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliProcess.Result(process.ExitCode, output.Result, error.Result);
    }
}
