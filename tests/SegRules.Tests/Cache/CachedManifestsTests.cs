using SegRules.Engine.Cache;
using SegRules.Engine.Compile;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cache;

/// <summary>The manifests' facts kept in the cache folder: the same versions as parsing finds, parsed once per text, never kept with a problem.</summary>
public sealed class CachedManifestsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly List<string> _notes = [];

    public void Dispose() => _temp.Dispose();

    private string CacheFolder => _temp.File("cache");

    [Fact]
    public void Versions_FirstAndLaterRuns_AreThoseParsingFinds()
    {
        var parsed = new RuleRepository(TestPaths.BundledRules).Versions;

        var (first, firstKept) = Discover(TestPaths.BundledRules);
        var (later, laterKept) = Discover(TestPaths.BundledRules);

        Assert.Equal(Describe(parsed), Describe(first));
        Assert.Equal(Describe(parsed), Describe(later));
        Assert.Equal((parsed.Count, 0), (firstKept.Remembered, firstKept.Recalled));
        Assert.Equal((0, parsed.Count), (laterKept.Remembered, laterKept.Recalled));
        Assert.Equal(parsed.Count, Directory.GetFiles(CacheFolder, "*" + CompiledRuleSetCache.ManifestExtension).Length);
        Assert.Empty(_notes);
    }

    [Fact]
    public void Versions_DamagedEntry_IsNotUsedAndIsRebuiltWithANote()
    {
        Discover(TestPaths.BundledRules);
        var entry = Directory.GetFiles(CacheFolder, "*" + CompiledRuleSetCache.ManifestExtension).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(entry);
        bytes[^3] ^= 0x5A;
        File.WriteAllBytes(entry, bytes);

        var (rebuilt, rebuiltKept) = Discover(TestPaths.BundledRules);
        var (_, laterKept) = Discover(TestPaths.BundledRules);

        Assert.Equal(Describe(new RuleRepository(TestPaths.BundledRules).Versions), Describe(rebuilt));
        var note = Assert.Single(_notes);
        Assert.Contains($"{entry} was not used: its content does not match its hash", note, StringComparison.Ordinal);
        Assert.Equal(1, rebuiltKept.Remembered);
        Assert.Equal((0, rebuilt.Count), (laterKept.Remembered, laterKept.Recalled));
    }

    [Fact]
    public void Versions_ManifestWithAProblem_IsNeverKeptAndReportedEachTime()
    {
        var rules = CopyOfBundledRules();
        var manifest = Path.Combine(rules, "daily-seg", "2014-01-13", "manifest.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("effective_from: 2014-01-13", "effective_from: 2014-13-01", StringComparison.Ordinal));

        var first = new RuleRepository(rules, Memory(out var firstKept));
        var later = new RuleRepository(rules, Memory(out var laterKept));

        Assert.Equal(3, first.Versions.Count);
        Assert.Equal(3, later.Versions.Count);
        Assert.NotEmpty(first.ManifestProblems);
        Assert.Equal(first.ManifestProblems.Select(p => p.ToString()), later.ManifestProblems.Select(p => p.ToString()));
        Assert.Equal((3, 3), (firstKept.Remembered, laterKept.Recalled));
        Assert.Equal(3, Directory.GetFiles(CacheFolder, "*" + CompiledRuleSetCache.ManifestExtension).Length);
    }

    [Fact]
    public void Versions_ManifestEdited_IsReadAgain()
    {
        var rules = CopyOfBundledRules();
        Discover(rules);
        var manifest = Path.Combine(rules, "daily-seg", "2012-11-30", "manifest.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("title: Daily Seg - FOCUS II", "title: Daily Seg - FOCUS II (edited)", StringComparison.Ordinal));

        var (edited, kept) = Discover(rules);

        Assert.Equal("Daily Seg - FOCUS II (edited)", edited.Single(v => v.Info.Version == "2012-11-30").Info.Title);
        Assert.Equal((1, edited.Count - 1), (kept.Remembered, kept.Recalled));
    }

    private (IReadOnlyList<RuleVersion> Versions, CountingMemory Kept) Discover(string rules)
    {
        var repository = new RuleRepository(rules, Memory(out var kept));
        Assert.Empty(repository.ManifestProblems);
        return (repository.Versions, kept);
    }

    private CountingMemory Memory(out CountingMemory kept) =>
        kept = new CountingMemory(new CachedManifests(new CompiledRuleSetCache(CacheFolder) { Notes = _notes.Add }));

    // Everything discovery found of each version, its facts written out whole.
    private static string[] Describe(IReadOnlyList<RuleVersion> versions) => versions.Select(v =>
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            FormDefinitionWriter.WriteVersionInfo(writer, v.Info);
        }

        return $"{v.Directory} | {string.Join(",", v.Pages)} | {Convert.ToHexString(bytes.ToArray())}";
    }).ToArray();

    private string CopyOfBundledRules()
    {
        var target = _temp.File("rules");
        foreach (var file in Directory.EnumerateFiles(TestPaths.BundledRules, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestPaths.BundledRules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private sealed class CountingMemory(IManifestMemory inner) : IManifestMemory
    {
        public int Recalled { get; private set; }

        public int Remembered { get; private set; }

        public ManifestFacts? Recall(string textHash, string display)
        {
            var facts = inner.Recall(textHash, display);
            Recalled += facts is null ? 0 : 1;
            return facts;
        }

        public void Remember(string textHash, ManifestFacts facts)
        {
            Remembered++;
            inner.Remember(textHash, facts);
        }
    }
}
