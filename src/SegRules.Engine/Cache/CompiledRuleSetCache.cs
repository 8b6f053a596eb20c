using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Engine.Cache;

/// <summary>
/// Compiled rule sets kept on disk between processes: one file per rule set content hash and engine
/// build, holding the definition (to print labels and findings without parsing the YAML) and the
/// evaluator's assembly image (to evaluate without Roslyn). Entries are written whole or not at all
/// (a temporary file renamed into place), so processes that compile the same rule set at once both
/// succeed and a process killed mid-write leaves no entry. An entry is checked against its hash before
/// anything of it is loaded; one that is damaged, truncated or from another build is never used: the
/// caller compiles again and the entry is replaced, with a one-line note.
/// </summary>
public sealed class CompiledRuleSetCache
{
    /// <summary>The extension of entry files.</summary>
    public const string EntryExtension = ".srcache";

    /// <summary>The extension of manifests' entries: a version's facts, so its manifest need not be parsed again.</summary>
    public const string ManifestExtension = ".srmanifest";

    /// <summary>The extension of entries being written (left behind only by a process killed mid-write).</summary>
    public const string PartialExtension = ".srcache-partial";

    /// <summary>Uses the cache folder <paramref name="directory"/> (created on first write).</summary>
    public CompiledRuleSetCache(string directory) => Directory = Path.GetFullPath(directory);

    /// <summary>The folder the entries live in.</summary>
    public string Directory { get; }

    /// <summary>Where notes go (an entry rebuilt, the folder not writable); one line each.</summary>
    public Action<string>? Notes { get; init; }

    /// <summary>
    /// Identifies this engine build: an entry is used only by the build that wrote it, since the
    /// generated code and the definition's encoding may change with any build.
    /// </summary>
    public static string EngineStamp { get; } = Stamp();

    /// <summary>
    /// The cache folder: <c>SEGRULES_CACHE_DIR</c> when set, else <c>$XDG_CACHE_HOME/segrules</c>, else
    /// <c>~/.cache/segrules</c> (on Windows, the local application data folder's <c>segrules/cache</c>).
    /// </summary>
    public static string DefaultDirectory()
    {
        if (Environment.GetEnvironmentVariable("SEGRULES_CACHE_DIR") is { Length: > 0 } explicitDirectory)
        {
            return explicitDirectory;
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "segrules", "cache");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        return Path.Combine(xdg is { Length: > 0 } && Path.IsPathRooted(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "segrules");
    }

    /// <summary>
    /// The definition and evaluator image of rule set <paramref name="hash"/> whose files are
    /// <paramref name="files"/>; null when there is no usable entry (a damaged one is noted, saying the
    /// rule set is compiled again, or, unless <paramref name="compiling"/>, read from its files instead).
    /// </summary>
    internal (FormDefinition Form, byte[] Image)? TryRead(string hash, IReadOnlyList<RuleSetFile> files, Func<string, string> display, bool compiling = true)
    {
        var instead = compiling ? "compiling the rule set instead" : "reading the rule set from its files instead";
        var path = EntryPath(hash);
        if (ReadEntry(path, instead) is not { } bytes)
        {
            return null;
        }

        var entry = CacheEntry.Decode(bytes, hash, EngineStamp, files, display, out var problem);
        if (entry is null)
        {
            Notes?.Invoke($"note: the compiled rule set cache entry {path} was not used: {problem}; {(compiling ? "compiling the rule set again" : instead)}");
        }

        return entry;
    }

    /// <summary>Stores <paramref name="form"/>'s entry, whole or not at all; a folder that cannot be written to is noted and skipped.</summary>
    internal void Write(FormDefinition form, byte[] image, Func<string, string> display)
    {
        if (WriteEntry(EntryPath(form.Hash), CacheEntry.Encode(form, image, EngineStamp, display)) is { } failure)
        {
            Notes?.Invoke($"note: the compiled rule set could not be cached in {Directory} ({failure}); it will be compiled again next time");
        }
    }

    /// <summary>The facts kept of the manifest whose text hashes to <paramref name="textHash"/>; null when there is no usable entry (a damaged one is noted).</summary>
    internal KeptManifest? TryReadManifest(string textHash)
    {
        const string instead = "reading the manifest instead";
        var path = ManifestPath(textHash);
        if (ReadEntry(path, instead) is not { } bytes)
        {
            return null;
        }

        var kept = ManifestEntry.Decode(bytes, textHash, EngineStamp, out var problem);
        if (kept is null)
        {
            Notes?.Invoke($"note: the cache entry {path} was not used: {problem}; {instead}");
        }

        return kept;
    }

    /// <summary>
    /// Keeps the facts of the manifest whose text hashes to <paramref name="textHash"/>, whole or not at
    /// all. A folder that cannot be written to is not noted here: the rule set's own entry notes it.
    /// </summary>
    internal void WriteManifest(string textHash, FormVersionInfo info, IReadOnlyList<string> pages, int versionLine, int versionColumn) =>
        WriteEntry(ManifestPath(textHash), ManifestEntry.Encode(textHash, new KeptManifest(info, pages, versionLine, versionColumn), EngineStamp));

    // The bytes of the entry at path; null when there is none, or (noted) when it cannot be read.
    private byte[]? ReadEntry(string path, string instead)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Notes?.Invoke($"note: the cache entry {path} cannot be read ({e.Message}); {instead}");
            return null;
        }
    }

    // Writes bytes to path through a temporary file renamed into place; null, or why it could not.
    private string? WriteEntry(string path, byte[] bytes)
    {
        var partial = Path.Combine(Directory, $"{Path.GetFileNameWithoutExtension(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}{PartialExtension}");
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(partial, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
            return e.Message;
        }
    }

    /// <summary>Where the entries are, how many and how large.</summary>
    public CacheInfo Info()
    {
        var entries = Entries(EntryExtension).Select(f => new FileInfo(f)).ToArray();
        var manifests = Entries(ManifestExtension).Select(f => new FileInfo(f)).ToArray();
        return new CacheInfo(Directory, entries.Length, entries.Sum(f => f.Length) + manifests.Sum(f => f.Length), Entries(PartialExtension).Length)
        {
            Manifests = manifests.Length,
        };
    }

    /// <summary>Deletes every entry (and partial entry); other files in the folder are left alone.</summary>
    /// <returns>How many entries were deleted.</returns>
    public int Clear()
    {
        var files = Entries(EntryExtension).Concat(Entries(ManifestExtension)).Concat(Entries(PartialExtension)).ToArray();
        return files.Count(TryDelete);
    }

    private string EntryPath(string hash) => Path.Combine(Directory, $"{hash}-{EngineStamp}{EntryExtension}");

    private string ManifestPath(string textHash) => Path.Combine(Directory, $"{textHash}-{EngineStamp}{ManifestExtension}");

    private string[] Entries(string extension) =>
        System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory, "*" + extension).Where(f => f.EndsWith(extension, StringComparison.Ordinal)).ToArray() : [];

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Stamp()
    {
        var engine = typeof(CompiledRuleSetCache).Assembly;
        var text = string.Join("|",
            engine.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
            engine.ManifestModule.ModuleVersionId,
            typeof(EvaluationState).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
