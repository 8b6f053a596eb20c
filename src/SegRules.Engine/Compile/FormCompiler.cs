using System.Collections.Concurrent;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Engine.Compile;

/// <summary>
/// Compiles whole form versions with Roslyn, one assembly per rule set, and keeps the result by the
/// rule set's content hash so an unchanged rule set is never compiled twice in a process. The
/// assembly references only the core library and <c>SegRules.Runtime</c>; what it may say is limited
/// further by construction, since its source is generated from allow-listed formula trees. An image
/// compiled earlier (the disk cache's) is adopted without Roslyn.
/// </summary>
public sealed class FormCompiler
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledForm>> _cache = new(StringComparer.Ordinal);
    private int _compilations;

    /// <summary>The compiler the application shares, so its cache serves every caller.</summary>
    public static FormCompiler Shared { get; } = new();

    /// <summary>How many times this compiler has invoked Roslyn (cache hits and adopted images do not count).</summary>
    public int Compilations => _compilations;

    /// <summary>Raised each time Roslyn is invoked, with the hash of the rule set being compiled.</summary>
    public event Action<string>? Compiling;

    /// <summary>The evaluator of <paramref name="form"/>, compiled on first request for its hash.</summary>
    /// <exception cref="DiagnosticsException">Roslyn rejected the generated code (reported at the formulas concerned).</exception>
    public CompiledForm Compile(FormDefinition form) => Get(form, () => CompileNow(form));

    /// <summary>
    /// The evaluator of <paramref name="form"/> from <paramref name="image"/>, an assembly this
    /// engine compiled for the same content hash earlier; the one already in memory when there is one.
    /// </summary>
    /// <exception cref="BadImageFormatException">The image is not an evaluator assembly.</exception>
    public CompiledForm Adopt(FormDefinition form, byte[] image) =>
        Get(form, () => new CompiledForm(form, new SlotLayout(form), EvaluatorAssembly.Load(image, form.Hash), image));

    private CompiledForm Get(FormDefinition form, Func<CompiledForm> make)
    {
        var entry = _cache.GetOrAdd(form.Hash, _ => new Lazy<CompiledForm>(make, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch (Exception e) when (e is DiagnosticsException or BadImageFormatException)
        {
            _cache.TryRemove(new KeyValuePair<string, Lazy<CompiledForm>>(form.Hash, entry));
            throw;
        }
    }

    private CompiledForm CompileNow(FormDefinition form)
    {
        Interlocked.Increment(ref _compilations);
        Compiling?.Invoke(form.Hash);
        var layout = new SlotLayout(form);
        var image = RoslynCompiler.Emit(form, layout);
        return new CompiledForm(form, layout, EvaluatorAssembly.Load(image, form.Hash), image);
    }
}
