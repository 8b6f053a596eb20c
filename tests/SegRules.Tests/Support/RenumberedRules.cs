namespace SegRules.Tests.Support;

/// <summary>
/// A copy of the bundled rules with one more version, a copy of <c>from</c> in which the segregated
/// excess line 7190 is renumbered 7191; with <c>declare</c>, the new version's lineage.yaml says so.
/// </summary>
public static class RenumberedRules
{
    /// <summary>Makes the rules under <paramref name="temp"/>; returns the rules folder.</summary>
    public static string Make(TempDirectory temp, string from, string id, bool declare = true)
    {
        var rules = temp.CopyTree(TestPaths.BundledRules, "rules");
        var created = CliInProcess.Run("rules", "new-version", "--from", from, "--id", id, "--effective", id, "--rules", rules);
        Assert.True(created.ExitCode == 0, created.Error);
        foreach (var file in Directory.GetFiles(Later(rules, id), "*.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("[7190]", "[7191]", StringComparison.Ordinal)
                .Replace("  - code: 7190\n", "  - code: 7191\n", StringComparison.Ordinal).Replace("    7190:", "    7191:", StringComparison.Ordinal));
        }

        if (declare)
        {
            Declare(rules, id);
        }

        return rules;
    }

    /// <summary>Writes the lineage.yaml of version <paramref name="id"/>: 7191 renumbered from 7190.</summary>
    public static void Declare(string rules, string id) =>
        File.WriteAllText(Path.Combine(Later(rules, id), "lineage.yaml"), "lines:\n  - line: 7191\n    change: renumbered\n    from: [7190]\n");

    private static string Later(string rules, string id) => Path.Combine(rules, "daily-seg", id);
}
