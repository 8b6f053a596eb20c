using SegRules.Authoring.Regression;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;

namespace SegRules.Authoring.Quality;

/// <summary>
/// The mutants of a version that no case can kill because they compute the same as the rule for
/// every possible input, each with the reason: <c>tests/equivalent-mutants.yaml</c> in the version folder.
/// </summary>
public static class EquivalentMutants
{
    /// <summary>The file's name inside the version's tests folder; it is not a regression case.</summary>
    public const string FileName = "equivalent-mutants.yaml";

    private static readonly IReadOnlyCollection<string> EntryKeys = ["mutant", "reason"];

    /// <summary>Mutant id to reason; empty when the version has no such file.</summary>
    public static IReadOnlyDictionary<string, string> Read(string versionDirectory, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(versionDirectory, RegressionCaseReader.FolderName, FileName);
        foreach (var reader in ListFileReader.Entries(path, "equivalent", "an equivalent mutant", "a mapping with mutant and reason", EntryKeys, diagnostics))
        {
            var mutant = reader.Text("mutant", "the mutant's name as rules test --mutate prints it");
            var reason = reader.Text("reason", "why no input can tell the mutant from the rule");
            if (mutant is not null && reason is not null)
            {
                result[mutant] = reason;
            }
        }

        return result;
    }
}
