namespace SegRules.Tests.Support;

/// <summary>Where the repository's rules, samples and test data are, found from the test assembly's folder.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string BundledRules => Path.Combine(RepoRoot, "rules");

    /// <summary>The version in force today: the one the seed (2017-12-26) is evaluated with.</summary>
    public static string CurrentVersion => Path.Combine(BundledRules, "daily-seg", "2014-11-14");

    public static string SeedSample => Path.Combine(RepoRoot, "samples", "credit-suisse-2017-12-26.yaml");

    /// <summary>The seed filing's text as extracted from its PDF (a copy of ../shared/seeds/credit-suisse-2017-12-26-daily-seg.txt).</summary>
    public static string SeedFiling => Path.Combine(RepoRoot, "samples", "credit-suisse-2017-12-26-daily-seg.txt");

    public static string Data(string name) => Path.Combine(RepoRoot, "tests", "SegRules.Tests", "Data", name);

    /// <summary>The bad balances corpus: one balances file and one <c>.expected</c> file per failure mode.</summary>
    public static string BadBalances => Path.Combine(RepoRoot, "tests", "SegRules.Tests", "Fixtures", "BadBalances");

    /// <summary>The built <c>segrules</c> program, from the same build configuration as the tests.</summary>
    public static string CliDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(RepoRoot, "src", "SegRules.Host", "bin", configuration, "net10.0", "segrules.dll");
        }
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SegRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SegRules.sln not found above " + AppContext.BaseDirectory);
    }
}
