using SegRules.Engine.Cache;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;
using SegRules.Engine.Validate;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cache;

/// <summary>The disk cache of compiled rule sets, in process: what is used, what is rebuilt, what is never used.</summary>
public sealed class CompiledRuleSetCacheTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly List<string> _notes = [];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void For_SecondProcessWithSameRules_UsesTheEntryWithoutCompiling()
    {
        var first = Compile(out var firstCompiler);
        var second = Compile(out var secondCompiler);

        Assert.Equal(1, firstCompiler.Compilations);
        Assert.Equal(0, secondCompiler.Compilations);
        Assert.Equal(first.Definition.Hash, second.Definition.Hash);
        Assert.Empty(_notes);
    }

    [Theory]
    [InlineData("flipped byte")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("garbage")]
    public void For_DamagedEntry_IsNotUsedAndIsRebuiltWithANote(string damage)
    {
        Compile(out _);
        var entry = Assert.Single(Directory.GetFiles(_folder.Path, "*" + CompiledRuleSetCache.EntryExtension));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "flipped byte" => Flip(bytes, bytes.Length - 100),
            "truncated" => bytes[..(bytes.Length / 2)],
            "empty" => [],
            _ => "not a cache entry"u8.ToArray(),
        });

        var rebuilt = Compile(out var compiler);
        var again = Compile(out var thirdCompiler);

        Assert.Equal(1, compiler.Compilations);
        Assert.Contains(_notes, n => n.Contains(entry, StringComparison.Ordinal) && n.Contains("was not used", StringComparison.Ordinal));
        Assert.Single(_notes);
        Assert.Equal(0, thirdCompiler.Compilations);
        Assert.Equal(rebuilt.Definition.Hash, again.Definition.Hash);
    }

    [Fact]
    public void For_PartialEntryLeftByAKilledWriter_IsNeverReadAndClearRemovesIt()
    {
        // What a process killed before its rename leaves: a partial file under its temporary name, no entry.
        Compile(out _);
        var entry = Assert.Single(Directory.GetFiles(_folder.Path, "*" + CompiledRuleSetCache.EntryExtension));
        var partial = Path.Combine(_folder.Path, Path.GetFileNameWithoutExtension(entry) + ".4242.0123" + CompiledRuleSetCache.PartialExtension);
        File.WriteAllBytes(partial, File.ReadAllBytes(entry)[..1000]);
        File.Delete(entry);

        Compile(out var compiler);
        var info = new CompiledRuleSetCache(_folder.Path).Info();
        var deleted = new CompiledRuleSetCache(_folder.Path).Clear();

        Assert.Equal(1, compiler.Compilations);
        Assert.Equal((1, 1), (info.Entries, info.Partial));
        Assert.Equal(2, deleted);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Clear_LeavesOtherFilesInTheFolderAlone()
    {
        Compile(out _);
        var mine = Path.Combine(_folder.Path, "notes.txt");
        File.WriteAllText(mine, "the user's own file");

        new CompiledRuleSetCache(_folder.Path).Clear();

        Assert.Equal([mine], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void For_EntryFromAnotherRuleSet_IsNotUsed()
    {
        Compile(out _);
        var entry = Assert.Single(Directory.GetFiles(_folder.Path, "*" + CompiledRuleSetCache.EntryExtension));
        using var copy = new TempDirectory();
        var edited = copy.CopyTree(TestPaths.CurrentVersion, "2012-11-30");
        File.AppendAllText(Path.Combine(edited, "segregation.yaml"), "\n# an edit\n");
        var hash = RuleSetHash.Of(RuleSetReader.ReadFiles(RuleFileSource.Folder(edited))!);
        // The old entry under the edited rule set's name, as a mix-up or a forged file would put it.
        File.Copy(entry, Path.Combine(_folder.Path, Path.GetFileName(entry).Replace(Path.GetFileName(entry)[..64], hash, StringComparison.Ordinal)));

        var compiler = new FormCompiler();
        var compiled = new CompiledRuleSets(compiler, new CompiledRuleSetCache(_folder.Path) { Notes = _notes.Add })
            .For(new RuleRepository(edited).Versions.Single(), new DiagnosticBag());

        Assert.Equal(1, compiler.Compilations);
        Assert.Equal(hash, compiled!.Definition.Hash);
        Assert.Contains(_notes, n => n.Contains("another rule set", StringComparison.Ordinal));
    }

    private CompiledForm Compile(out FormCompiler compiler)
    {
        compiler = new FormCompiler();
        var ruleSets = new CompiledRuleSets(compiler, new CompiledRuleSetCache(_folder.Path) { Notes = _notes.Add });
        var version = new RuleRepository(TestPaths.BundledRules).Versions.Single(v => v.Info.Version == "2012-11-30");
        var diagnostics = new DiagnosticBag();
        var compiled = ruleSets.For(version, diagnostics);
        Assert.Empty(diagnostics.Items);
        return compiled!;
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x5A;
        return copy;
    }
}
