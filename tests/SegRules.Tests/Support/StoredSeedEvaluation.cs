using SegRules.Engine.Store;

namespace SegRules.Tests.Support;

/// <summary>The seed sample evaluated once with <c>--db</c> into a temp database, and what was stored.</summary>
public sealed class StoredSeedEvaluation : IDisposable
{
    private readonly TempDirectory _folder = new();

    public StoredSeedEvaluation()
    {
        Database = _folder.File("e.db");
        Before = DateTime.UtcNow;
        Result = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", Database);
        After = DateTime.UtcNow;
        Records = StoredDatabase.Evaluations(Database);
    }

    public string Database { get; }

    public DateTime Before { get; }

    public DateTime After { get; }

    public CliProcess.Result Result { get; }

    public IReadOnlyList<EvaluationRecord> Records { get; }

    public void Dispose() => _folder.Dispose();
}
