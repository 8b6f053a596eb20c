namespace SegRules.Tests.Support;

/// <summary>
/// A real database of six evaluations, stored by one batch: five 2017 business days (one of them
/// undersegregated) and one 2012-11-28 statement on the version before the management targets.
/// The real program's runs on it are made once each and shared by the tests of a class.
/// </summary>
public sealed class StoredHistory : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly Dictionary<string, Lazy<CliProcess.Result>> _runs = [];

    public StoredHistory()
    {
        Database = _folder.File("history.db");
        var input = _folder.File("in");
        DailyBalances.Write(input, 4, new DateOnly(2017, 12, 18));
        File.WriteAllText(Path.Combine(input, "cs-2017-12-22.yaml"), DailyBalances.For(new DateOnly(2017, 12, 22), 400_000_000m));
        File.WriteAllText(Path.Combine(input, "cs-2012-11-28.yaml"), SampleBalances.BeforeTargets);
        var stored = CliInProcess.Run("evaluate", input, "--db", Database);
        Assert.True(stored.ExitCode == 0, stored.Error);
    }

    public string Database { get; }

    public string WorkingDirectory => _folder.Path;

    /// <summary>The real program run with <paramref name="args"/> and <c>--db</c> on this database, once.</summary>
    public CliProcess.Result Run(params string[] args)
    {
        var key = string.Join('\u0001', args);
        lock (_runs)
        {
            if (!_runs.TryGetValue(key, out var run))
            {
                run = new(() => CliProcess.Run(_folder.Path, [.. args, "--db", Database]));
                _runs.Add(key, run);
            }

            return run.Value;
        }
    }

    public void Dispose() => _folder.Dispose();
}
