namespace SegRules.Tests.Support;

/// <summary>
/// One case of the bad balances corpus (Fixtures/BadBalances): <c>NAME.expected</c> lists the
/// diagnostics, each naming the balances file, which may deliberately not exist.
/// </summary>
public sealed record BadBalancesCase(string Name, string BalancesFile, IReadOnlyList<ExpectedDiagnostic> Expected)
{
    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(TestPaths.BadBalances, "*.expected").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    public static BadBalancesCase Load(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(TestPaths.BadBalances, name + ".expected"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(ExpectedDiagnostic.Parse)
            .ToArray();
        Assert.NotEmpty(expected);
        var file = Assert.Single(expected.Select(e => e.File).Distinct());
        return new BadBalancesCase(name, file, expected);
    }

    /// <summary>Copies the balances file (when the case has one) into <paramref name="folder"/>; returns where it is, or would be.</summary>
    public string CopyInto(TempDirectory folder)
    {
        var source = Path.Combine(TestPaths.BadBalances, BalancesFile);
        var target = folder.File(BalancesFile);
        if (File.Exists(source))
        {
            File.Copy(source, target);
        }

        return target;
    }
}
