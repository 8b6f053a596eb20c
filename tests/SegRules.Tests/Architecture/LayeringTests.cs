using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using SegRules.Engine.Compile;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Architecture;

/// <summary>
/// Which part of SegRules may use which, as docs/architecture.md states it: read from the sources'
/// namespace references and from the compiled assemblies, so a new back-reference fails here.
/// </summary>
public sealed partial class LayeringTests
{
    // Each folder of src/SegRules.Engine (and each other project) with the parts it may use. The stages
    // run Load -> Model -> Validate -> Compile -> Runtime; Store never reaches Compile or the pipeline;
    // the hosts (command line, authoring tools) reach the engine through the pipeline and its results,
    // never Validate, Compile or Runtime directly.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Diagnostics"] = ["Model"],
        ["Files"] = [],
        ["Load"] = ["Model", "Diagnostics"],
        ["Validate"] = ["Load", "Model", "Diagnostics"],
        ["Rules"] = ["Load", "Validate", "Model", "Diagnostics"],
        ["Balances"] = ["Load", "Model", "Diagnostics"],
        ["Evaluate"] = ["Balances", "Model", "Diagnostics", "Runtime"],
        ["Compile"] = ["Evaluate", "Model", "Diagnostics", "Runtime"],
        ["Cache"] = ["Model", "Runtime"],
        ["Import"] = ["Balances", "Load", "Rules", "Model", "Diagnostics"],
        ["Pipeline"] = ["Load", "Validate", "Rules", "Balances", "Import", "Compile", "Cache", "Evaluate", "Model", "Diagnostics", "Runtime"],
        ["Explain"] = ["Evaluate", "Model"],
        ["Reconcile"] = ["Evaluate", "Model", "Runtime"],
        ["Store"] = ["Files", "Balances", "Evaluate", "Load", "Rules", "Validate", "Model", "Diagnostics"],
        ["Replay"] = ["Pipeline", "Compile", "Store", "Balances", "Rules", "Model", "Diagnostics", "Runtime"],
        ["Present"] = ["Evaluate", "Explain", "Reconcile", "Replay", "Store", "Model", "Diagnostics"],
        ["WhatIf"] = ["Pipeline", "Compile", "Present", "Balances", "Evaluate", "Load", "Store", "Model", "Diagnostics"],
        ["Authoring"] = ["Pipeline", "Compile", "Store", "Balances", "Import", "Evaluate", "Load", "Rules", "Model", "Diagnostics", "Runtime"],
        ["Host"] = ["Pipeline", "Present", "WhatIf", "Cache", "Files", "Authoring", "Balances", "Evaluate", "Explain", "Import", "Load", "Model", "Reconcile", "Replay", "Rules", "Store", "Diagnostics"],
    };

    public static TheoryData<string> Parts() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Parts))]
    public void Sources_OfEachPart_UseOnlyThePartsItMayUse(string part)
    {
        var uses = SourcesOf(part)
            .SelectMany(file => Reference().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Part: m.Groups["part"].Value)))
            .Where(u => u.Part != part && u.Part != "Engine" && !Allowed[part].Contains(u.Part))
            .Select(u => $"{u.File} uses {u.Part}")
            .Distinct()
            .ToArray();

        Assert.True(uses.Length == 0, $"{part} may use only {string.Join(", ", Allowed[part])}, but: {string.Join("; ", uses)}");
    }

    [Fact]
    public void EngineFolders_EachHasAPlaceInTheLayering()
    {
        var folders = Directory.GetDirectories(Path.Combine(TestPaths.RepoRoot, "src", "SegRules.Engine"))
            .Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToArray();

        Assert.All(folders, folder => Assert.True(Allowed.ContainsKey(folder!), $"src/SegRules.Engine/{folder} is not in the layering: add it to this test and docs/architecture.md"));
    }

    [Fact]
    public void RuntimeAssembly_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(Runtime.EvaluationState).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.All(references, name => Assert.StartsWith("System.", name!, StringComparison.Ordinal));
    }

    [Fact]
    public void EngineAssembly_DoesNotReferenceItsHosts()
    {
        var references = typeof(EvaluationPipeline).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.Contains("SegRules.Runtime", references);
        Assert.DoesNotContain(references, name => name is "segrules" or "SegRules.Authoring");
    }

    [Fact]
    public void GeneratedCode_ReferencesOnlyTheRuntimeAndTheBaseLibrary()
    {
        var form = RuleRepository.Load(TestPaths.CurrentVersion, new Engine.Diagnostics.DiagnosticBag())!;
        var image = new FormCompiler().Compile(form).Image;

        using var reader = new PEReader(new MemoryStream(image));
        var metadata = reader.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToArray();

        Assert.Contains("SegRules.Runtime", references);
        Assert.Subset(new HashSet<string>(["SegRules.Runtime", "System.Runtime", "System.Private.CoreLib"]), references.ToHashSet());
    }

    private static IEnumerable<string> SourcesOf(string part)
    {
        var folder = part switch
        {
            "Host" => Path.Combine(TestPaths.RepoRoot, "src", "SegRules.Host"),
            "Authoring" => Path.Combine(TestPaths.RepoRoot, "src", "SegRules.Authoring"),
            _ => Path.Combine(TestPaths.RepoRoot, "src", "SegRules.Engine", part),
        };
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal));
    }

    // A namespace reference to another part: "using SegRules.Engine.Store;", "SegRules.Runtime.X",
    // "global::SegRules.Authoring...", or a qualified "Engine.Balances.BalancesReader".
    [GeneratedRegex(@"\b(?:SegRules\.(?:Engine\.)?|(?<![.\w])Engine\.)(?<part>[A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();
}
