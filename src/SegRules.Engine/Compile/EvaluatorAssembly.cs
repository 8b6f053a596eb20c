using System.Reflection;
using System.Runtime.Loader;
using SegRules.Runtime;

namespace SegRules.Engine.Compile;

/// <summary>
/// Loads a compiled rule set's assembly image and hands back its evaluation method, without Roslyn.
/// Each image gets a load context of its own, so the same rule set can be loaded again (another
/// compiler, a test), while its references (<c>SegRules.Runtime</c>, the base library) resolve to the
/// process's own copies. The context is not collectible: the runtime gives code in collectible
/// contexts no tiered compilation, so the evaluation method (thousands of IL bytes) would be compiled
/// fully optimised before its first run, which costs a one-file <c>evaluate</c> a quarter of its time
/// (docs/benchmarks.md); compilers keep every rule set they load for the life of the process anyway.
/// </summary>
internal static class EvaluatorAssembly
{
    /// <summary>The assembly name of the evaluator of the rule set with content hash <paramref name="hash"/>.</summary>
    public static string NameOf(string hash) => $"segrules-rule-set-{hash}";

    /// <summary>The evaluation method of <paramref name="image"/>.</summary>
    /// <exception cref="BadImageFormatException">The image is not an evaluator assembly.</exception>
    public static Action<EvaluationState> Load(byte[] image, string hash)
    {
        var context = new AssemblyLoadContext(NameOf(hash), isCollectible: false);
        using var stream = new MemoryStream(image, writable: false);
        var assembly = context.LoadFromStream(stream);
        var method = assembly.GetType(CSharpEmitter.ClassName)?.GetMethod(CSharpEmitter.MethodName, BindingFlags.Public | BindingFlags.Static, [typeof(EvaluationState)])
            ?? throw new BadImageFormatException($"the image holds no {CSharpEmitter.ClassName}.{CSharpEmitter.MethodName}");
        return method.CreateDelegate<Action<EvaluationState>>();
    }
}
