using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Runtime;
using Diagnostic = SegRules.Engine.Diagnostics.Diagnostic;

namespace SegRules.Engine.Compile;

/// <summary>
/// The only place Roslyn compiles: the generated source of one rule set into an assembly image that
/// references nothing but the base library and <c>SegRules.Runtime</c>. Kept apart so that a process
/// that finds its rule sets already compiled (in memory or on disk) never loads Roslyn.
/// </summary>
internal static class RoslynCompiler
{
    private static readonly MetadataReference[] References =
    [
        MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
        MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll")),
        MetadataReference.CreateFromFile(typeof(EvaluationState).Assembly.Location),
    ];

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        allowUnsafe: false,
        deterministic: true,
        nullableContextOptions: NullableContextOptions.Disable);

    /// <summary>The assembly image of <paramref name="form"/>'s evaluator.</summary>
    /// <exception cref="DiagnosticsException">Roslyn rejected the generated code (reported at the formulas concerned).</exception>
    public static byte[] Emit(FormDefinition form, SlotLayout layout)
    {
        var generated = CSharpEmitter.Emit(form, layout);
        var tree = CSharpSyntaxTree.ParseText(generated.Source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(EvaluatorAssembly.NameOf(form.Hash), [tree], References, Options);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (!result.Success || errors.Length > 0)
        {
            throw new DiagnosticsException(errors.Select(e => ToDiagnostic(e, form, generated)).ToArray());
        }

        return image.ToArray();
    }

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
