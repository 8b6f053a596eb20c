using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using Diagnostic = SegRules.Engine.Diagnostics.Diagnostic;

namespace SegRules.Engine.Compile;

/// <summary>
/// Compiles whole form versions with Roslyn, one script per rule set, and caches the result by the
/// rule set's content hash so an unchanged rule set is never compiled twice in a process. The script
/// references only the core library and the engine's function runtime; what it may say is limited
/// further by construction, since its source is generated from allow-listed formula trees.
/// </summary>
public sealed class FormCompiler
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledForm>> _cache = new(StringComparer.Ordinal);
    private int _compilations;

    /// <summary>The compiler the application shares, so its cache serves every caller.</summary>
    public static FormCompiler Shared { get; } = new();

    /// <summary>How many times this compiler has invoked Roslyn (cache hits do not count).</summary>
    public int Compilations => _compilations;

    /// <summary>Raised each time Roslyn is invoked, with the hash of the rule set being compiled.</summary>
    public event Action<string>? Compiling;

    /// <summary>The evaluator of <paramref name="form"/>, compiled on first request for its hash.</summary>
    /// <exception cref="DiagnosticsException">Roslyn rejected the generated code (reported at the formulas concerned).</exception>
    public CompiledForm Compile(FormDefinition form)
    {
        var entry = _cache.GetOrAdd(form.Hash, _ => new Lazy<CompiledForm>(() => CompileNow(form), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch (DiagnosticsException)
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
        var generated = CSharpEmitter.Emit(form, layout);
        var script = CSharpScript.Create<Action<EvaluationState>>(generated.Source, Options);
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new DiagnosticsException(errors.Select(e => ToDiagnostic(e, form, generated)).ToArray());
        }

        var evaluate = script.RunAsync().GetAwaiter().GetResult().ReturnValue;
        return new CompiledForm(form, layout, evaluate);
    }

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(
            MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
            MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll")),
            MetadataReference.CreateFromFile(typeof(FormulaRuntime).Assembly.Location))
        .WithImports()
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithAllowUnsafe(false)
        .WithEmitDebugInformation(false);

    private static Diagnostic ToDiagnostic(Microsoft.CodeAnalysis.Diagnostic error, FormDefinition form, GeneratedSource generated)
    {
        var message = error.GetMessage(CultureInfo.InvariantCulture);
        return generated.PositionOf(error.Location.GetMappedLineSpan().Path) is { } position
            ? Diagnostic.At(position, DiagnosticCatalog.CompilerError, message)
            : Diagnostic.InFile(ManifestOf(form), DiagnosticCatalog.CompilerError, message);
    }

    private static string ManifestOf(FormDefinition form) =>
        form.Lines.Select(l => Path.Combine(Path.GetDirectoryName(l.Position.File) ?? "", Load.RuleSetReader.ManifestFileName)).FirstOrDefault()
        ?? form.Info.Form + " " + form.Info.Version;
}
