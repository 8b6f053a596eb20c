using SegRules.Engine.Diagnostics;

namespace SegRules.Tests.Support;

/// <summary>
/// One case of the broken rule files corpus (Fixtures/BrokenRules/NAME): a complete version folder
/// with one defect (several in <c>several-defects</c>) and <c>expected.txt</c>, which lists the
/// diagnostics with file names relative to the case folder.
/// </summary>
public sealed record BrokenRuleCase(string Name, string Directory, IReadOnlyList<ExpectedDiagnostic> Expected)
{
    /// <summary>The file a hostile formula tries to write; <see cref="CopyInto"/> moves it somewhere fresh.</summary>
    public const string SideEffectMarker = "/tmp/segrules-pwned";

    public static string Root => Path.Combine(TestPaths.RepoRoot, "tests", "SegRules.Tests", "Fixtures", "BrokenRules");

    public static IEnumerable<string> Names =>
        System.IO.Directory.EnumerateDirectories(Root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    public static BrokenRuleCase Load(string name)
    {
        var directory = Path.Combine(Root, name);
        var expected = File.ReadAllLines(Path.Combine(directory, "expected.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(ExpectedDiagnostic.Parse)
            .ToArray();
        Assert.NotEmpty(expected);
        return new BrokenRuleCase(name, directory, expected);
    }

    /// <summary>Where <paramref name="diagnostic"/> is, as expected.txt writes it: <c>FILE(LINE,COL): SRnnnn</c>.</summary>
    public string Locate(Diagnostic diagnostic)
    {
        var file = Path.GetRelativePath(Directory, Path.GetFullPath(diagnostic.Position?.File ?? diagnostic.File ?? "")).Replace('\\', '/');
        return Key(file, diagnostic.Position?.Line, diagnostic.Position?.Column, diagnostic.Id);
    }

    /// <summary>The location of an expected diagnostic, written the same way as an actual one.</summary>
    public static string Locate(ExpectedDiagnostic expected) => Key(expected.File, expected.Line, expected.Column, expected.Id);

    /// <summary>
    /// Copies the case's rule files into <paramref name="folder"/>, pointing every write a formula
    /// attempts at <paramref name="sideEffectPath"/>; returns the copied version folder.
    /// </summary>
    public string CopyInto(TempDirectory folder, string sideEffectPath)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory).Where(f => Path.GetFileName(f) != "expected.txt"))
        {
            folder.Write(Path.Combine(Name, Path.GetFileName(file)), File.ReadAllText(file).Replace(SideEffectMarker, sideEffectPath, StringComparison.Ordinal));
        }

        return folder.File(Name);
    }

    private static string Key(string file, int? line, int? column, string id) => line is null ? $"{file}: {id}" : $"{file}({line},{column}): {id}";
}
