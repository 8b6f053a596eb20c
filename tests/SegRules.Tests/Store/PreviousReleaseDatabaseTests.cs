using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>
/// A database written by the previous release (Fixtures/PreviousRelease, see its README) still reads,
/// shows what that release showed, and replays exactly on its own rule sets with today's code.
/// </summary>
public sealed class PreviousReleaseDatabaseTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(TestPaths.RepoRoot, "tests", "SegRules.Tests", "Fixtures", "PreviousRelease");
    private readonly TempDirectory _temp = new();
    private readonly string _db;

    public PreviousReleaseDatabaseTests()
    {
        // A copy: readers never write, but a test must not be the one to find out otherwise.
        _db = _temp.File("previous-release.db");
        File.Copy(Path.Combine(Fixture, "previous-release.db"), _db);
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<int> Ids() => [.. Enumerable.Range(1, 11)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Show_RecordOfThePreviousRelease_PrintsTheSameLinesAndFindings(int id)
    {
        var shown = CliInProcess.Run("show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--db", _db);

        Assert.True(shown.ExitCode == 0, shown.Error);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixture, "expected", $"show-{id}.json")));
        using var actual = JsonDocument.Parse(shown.Output);
        foreach (var property in new[] { "form", "version", "rulesetHash", "firm", "asOf", "lines", "findings" })
        {
            Assert.Equal(expected.RootElement.GetProperty(property).GetRawText(), actual.RootElement.GetProperty(property).GetRawText());
        }
    }

    [Fact]
    public void ReplayAsStored_DatabaseOfThePreviousRelease_ReproducesEveryRecordExactly()
    {
        var before = File.ReadAllBytes(_db);

        var replay = CliInProcess.Run("replay", "--as-stored", "--db", _db);

        Assert.Equal((0, "11 evaluation(s) replayed on their own rule sets: all reproduced exactly.\n"), (replay.ExitCode, replay.Output));
        Assert.Equal(before, File.ReadAllBytes(_db));
    }

    [Fact]
    public void Evaluate_IntoTheDatabaseOfThePreviousRelease_KeepsOnlyTheIndexesQueriesUse()
    {
        var stored = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--db", _db);

        Assert.True(stored.ExitCode == 0, stored.Error);
        using (var database = new LiteDB.LiteDatabase($"Filename={_db};ReadOnly=true"))
        {
            var indexes = database.GetCollection("$indexes").Query().Where("collection = 'evaluations'").ToEnumerable()
                .Select(index => index["name"].AsString).Order(StringComparer.Ordinal);
            Assert.Equal(["AsOf", "FirmPrefixAsOf", "_id"], indexes);
        }

        var history = CliInProcess.Run("history", "--format", "json", "--db", _db);
        using var list = JsonDocument.Parse(history.Output);
        Assert.Equal(12, list.RootElement.GetArrayLength());
    }

    [Fact]
    public void History_DatabaseOfThePreviousRelease_ListsEveryRecord()
    {
        var history = CliInProcess.Run("history", "--format", "json", "--db", _db);

        Assert.Equal(0, history.ExitCode);
        using var list = JsonDocument.Parse(history.Output);
        Assert.Equal(11, list.RootElement.GetArrayLength());
    }
}
