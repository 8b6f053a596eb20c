using System.Collections.Concurrent;
using SegRules.Engine.Cache;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Engine.Validate;

namespace SegRules.Engine.Pipeline;

/// <summary>
/// Gets the compiled rule set of a version folder or of rule set texts (a stored snapshot), the
/// cheapest way there is: already in this process; else from the disk cache by content hash (the
/// files are read and hashed, not parsed, and Roslyn is not loaded); else read, validated and
/// compiled, then cached. Problems are reported again, the same, to every caller that asks.
/// </summary>
public sealed class CompiledRuleSets(FormCompiler compiler, CompiledRuleSetCache? cache)
{
    private readonly ConcurrentDictionary<string, Lazy<(CompiledForm? Compiled, IReadOnlyList<Diagnostic> Problems)>> _loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Compiled rule sets from the shared compiler and, unless <paramref name="useCache"/> is false, the
    /// disk cache in its default folder, its notes (an entry rebuilt) going to <paramref name="notes"/>.
    /// </summary>
    public static CompiledRuleSets Open(bool useCache, Action<string>? notes = null) =>
        new(FormCompiler.Shared, useCache ? new CompiledRuleSetCache(CompiledRuleSetCache.DefaultDirectory()) { Notes = notes } : null);

    /// <summary>The disk cache in use; null when caching is off (<c>--no-cache</c>).</summary>
    public CompiledRuleSetCache? Cache => cache;

    /// <summary>The rules folder at <paramref name="root"/>, its manifests' facts kept in the disk cache when there is one.</summary>
    public RuleRepository Repository(string root) => new(root, cache is null ? null : new CachedManifests(cache));

    /// <summary>The compiled rule set of <paramref name="version"/>; null with every problem reported when it does not validate or compile.</summary>
    public CompiledForm? For(RuleVersion version, DiagnosticBag diagnostics) =>
        Get("folder:" + version.Directory, RuleFileSource.Folder(version.Directory), version.Pages, problems => RuleRepository.Load(version, problems), diagnostics);

    /// <summary>
    /// The compiled rule set whose files are <paramref name="files"/> (already checked against their
    /// hash), named <paramref name="name"/> in positions, e.g. <c>snapshot 1a2b3c4d5e6f</c>.
    /// </summary>
    public CompiledForm? For(string name, IReadOnlyList<RuleSetFile> files, DiagnosticBag diagnostics)
    {
        var source = RuleFileSource.InMemory(name, files);
        return Get("texts:" + RuleSetHash.Of(files), source, null, problems => RuleRepository.Load(source, problems), diagnostics);
    }

    /// <summary>
    /// The form definition whose files are <paramref name="files"/> (already checked against their
    /// hash), without compiling it: the compiled rule set's when this process or the disk cache has
    /// it, else read and validated; null with every problem reported when it does not validate.
    /// </summary>
    public FormDefinition? Definition(string name, IReadOnlyList<RuleSetFile> files, DiagnosticBag diagnostics)
    {
        var hash = RuleSetHash.Of(files);
        if (_loaded.TryGetValue("texts:" + hash, out var loaded) && loaded.IsValueCreated && loaded.Value.Compiled is { } compiled)
        {
            return compiled.Definition;
        }

        var source = RuleFileSource.InMemory(name, files);
        return cache?.TryRead(hash, files, source.Display, compiling: false) is { } entry ? entry.Form : RuleRepository.Load(source, diagnostics);
    }

    // pages: the page files the source's manifest lists, when known without parsing it.
    private CompiledForm? Get(string key, RuleFileSource source, IReadOnlyList<string>? pages, Func<DiagnosticBag, FormDefinition?> load, DiagnosticBag diagnostics)
    {
        var loaded = _loaded.GetOrAdd(key, _ => new(() => Load(source, pages, load))).Value;
        diagnostics.AddRange(loaded.Problems);
        return loaded.Compiled;
    }

    private (CompiledForm?, IReadOnlyList<Diagnostic>) Load(RuleFileSource source, IReadOnlyList<string>? pages, Func<DiagnosticBag, FormDefinition?> load)
    {
        var files = RuleSetReader.ReadFiles(source, pages);
        var hash = files is null ? null : RuleSetHash.Of(files);
        if (cache is not null && files is not null && cache.TryRead(hash!, files, source.Display) is { } entry)
        {
            try
            {
                return (compiler.Adopt(entry.Form, entry.Image), []);
            }
            catch (BadImageFormatException e)
            {
                cache.Notes?.Invoke($"note: a compiled rule set in {cache.Directory} could not be loaded ({e.Message}); compiling the rule set again");
            }
        }

        var problems = new DiagnosticBag();
        var form = load(problems);
        if (form is null)
        {
            return (null, problems.Items);
        }

        try
        {
            var compiled = compiler.Compile(form);
            // Keyed by the hash of what was read and compiled, even if the files changed since they were hashed.
            cache?.Write(form, compiled.Image, source.Display);
            return (compiled, []);
        }
        catch (DiagnosticsException e)
        {
            return (null, e.Diagnostics);
        }
    }
}
