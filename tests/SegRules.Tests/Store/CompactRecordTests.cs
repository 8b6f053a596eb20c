using LiteDB;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>
/// An evaluation is stored compactly (figures by their place in the rule set snapshot, findings as
/// check, status and figures) and reads back exactly, worded as the evaluation worded it; a record of
/// the previous release next to it still reads, and a damaged compact field is a damaged record.
/// </summary>
public sealed class CompactRecordTests : IDisposable
{
    // Filed figures, supplemental figures (one left out, so a check is not evaluated), cents and a
    // figure written with trailing zeros, whose decimal places must survive.
    private static readonly string Balances = SampleBalances.Text.Replace("  7080: 0\n", "  7080: 12.50\n", StringComparison.Ordinal)
        + "supplemental:\n  seg_prior_day_excess: 300000000.10\n"
        + "filed:\n  7180: 5788380288\n  7198: 78383777.00\n";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void SaveThenGet_EvaluationWithEveryKindOfFigure_ReadsBackExactlyAsTheEvaluationWasRecorded()
    {
        // Arrange
        var evaluation = Scenario.Evaluate(_temp, Balances);
        var expected = EvaluationRecords.From(evaluation);

        // Act
        EvaluationRecord read;
        using (var store = EvaluationStore.Open(_temp.File("compact.db")))
        {
            read = store.Get(store.Save(evaluation))!;
        }

        // Assert
        Assert.Equal(Exact(expected.Inputs), Exact(read.Inputs));
        Assert.Equal(Exact(expected.Supplementals), Exact(read.Supplementals));
        Assert.Equal(Exact(expected.Filed), Exact(read.Filed));
        Assert.Equal(Exact(expected.Lines), Exact(read.Lines));
        Assert.Equal(expected.Targets.Select(t => (t.Pool, t.Choice, string.Join(' ', t.Figures))), read.Targets.Select(t => (t.Pool, t.Choice, string.Join(' ', t.Figures))));
        Assert.Contains(read.Lines, l => l.Value.Scale > 0);
        Assert.Contains(read.Findings, f => f.Status == "not-evaluated");
        Assert.Equal(expected.Findings.Select(Words), read.Findings.Select(Words));
        Assert.Equal((expected.Firm, expected.AsOf, expected.Form, expected.Version, expected.RulesetHash, expected.SourceFile, expected.SourceHash),
            (read.Firm, read.AsOf, read.Form, read.Version, read.RulesetHash, read.SourceFile, read.SourceHash));
    }

    [Fact]
    public void Save_SampleEvaluation_TakesFarLessThanTheRecordOfThePreviousRelease()
    {
        // Arrange
        var evaluation = Scenario.Evaluate(_temp, Balances);
        var form = evaluation.Form;

        // Act
        var compact = CompactDocumentSize(evaluation);
        var previous = BsonSerializer.Serialize(new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false }.ToDocument(EvaluationRecords.From(evaluation))).Length;

        // Assert: the figures alone, without the words, in a fraction of the room
        Assert.True(compact * 3 < previous, $"compact {compact} bytes, previous release {previous} bytes ({form.Lines.Count()} lines)");
    }

    [Fact]
    public void ShowAndReplay_DatabaseWithRecordsOfBothFormats_ShowTheSameStatementAndReproduceExactly()
    {
        // Arrange: the same evaluation stored now (id 1) and as the previous release stored it (id 2)
        var db = _temp.File("both.db");
        var evaluation = Scenario.Evaluate(_temp, Balances);
        DateTime at;
        using (var store = EvaluationStore.Open(db))
        {
            at = store.Get(store.Save(evaluation))!.EvaluatedAt;
        }

        InsertAsThePreviousReleaseDid(db, evaluation, at);

        // Act
        var compact = CliInProcess.Run("show", "1", "--db", db);
        var previous = CliInProcess.Run("show", "2", "--db", db);
        var compactJson = CliInProcess.Run("show", "1", "--format", "json", "--db", db);
        var previousJson = CliInProcess.Run("show", "2", "--format", "json", "--db", db);
        var replay = CliInProcess.Run("replay", "--as-stored", "--db", db);
        var history = CliInProcess.Run("history", "--db", db);

        // Assert
        Assert.True(compact.ExitCode == 0 && previous.ExitCode == 0, compact.Error + previous.Error);
        Assert.Equal(previous.Output.Replace("evaluation 2 ", "evaluation 1 ", StringComparison.Ordinal), compact.Output);
        Assert.Equal(previousJson.Output.Replace("\"id\": 2", "\"id\": 1", StringComparison.Ordinal), compactJson.Output);
        Assert.Equal((0, "2 evaluation(s) replayed on their own rule sets: all reproduced exactly.\n"), (replay.ExitCode, replay.Output));
        Assert.Equal(0, history.ExitCode);
    }

    [Theory]
    [InlineData("l", "line values")]
    [InlineData("k", "findings")]
    [InlineData("i", "input figures")]
    public void ReadingCommands_CompactFieldCutShort_ReportDamagedRecordWithoutStackTrace(string field, string what)
    {
        // Arrange
        var db = _temp.File("damaged.db");
        using (var store = EvaluationStore.Open(db))
        {
            store.Save(Scenario.Evaluate(_temp, Balances));
        }

        using (var lite = new LiteDatabase(db))
        {
            var documents = lite.GetCollection(EvaluationStore.EvaluationsCollection);
            var document = documents.FindById(1);
            document[field] = document[field].AsBinary[..^1];
            documents.Update(document);
        }

        foreach (var command in new[] { new[] { "show", "1" }, ["history"], ["replay", "--as-stored"] })
        {
            // Act
            var result = CliInProcess.Run([.. command, "--db", db]);

            // Assert
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("is damaged", result.Error, StringComparison.Ordinal);
            Assert.Contains($"reading evaluation 1: its {what} are damaged", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("l")]
    [InlineData("sf")]
    [InlineData("Firm")]
    public void ReadingCommands_OneByteOfAFieldChanged_ReportDamagedRecordRatherThanAWrongFigure(string field)
    {
        // Arrange: a change that still decodes (the last byte of a line value, a letter of a name).
        var db = StoredThenAltered($"flipped-{field}.db", lite =>
        {
            var documents = lite.GetCollection(EvaluationStore.EvaluationsCollection);
            var document = documents.FindById(1);
            document[field] = document[field].IsBinary
                ? document[field].AsBinary[..^1].Append((byte)(document[field].AsBinary[^1] ^ 1)).ToArray()
                : document[field].AsString[..^1] + (char)(document[field].AsString[^1] ^ 1);
            documents.Update(document);
        });

        foreach (var command in new[] { new[] { "show", "1" }, ["replay", "--as-stored"] })
        {
            // Act
            var result = CliInProcess.Run([.. command, "--db", db]);

            // Assert
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("reading evaluation 1: its contents no longer match its checksum: a byte of it was changed", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Get_CompactRecordInANewerFormat_ReportsDamagedRecordNamingTheFormat()
    {
        // Arrange
        var db = StoredThenAltered("newer.db", lite =>
        {
            var documents = lite.GetCollection(EvaluationStore.EvaluationsCollection);
            var document = documents.FindById(1);
            document["f"] = 2;
            documents.Update(document);
        });

        // Act
        var shown = CliInProcess.Run("show", "1", "--db", db);

        // Assert
        Assert.Equal(2, shown.ExitCode);
        Assert.Contains("reading evaluation 1: it is in store format 2, which this SegRules does not read", shown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_CompactRecordWhoseSnapshotIsGone_ReportsDamagedRecordNamingTheSnapshot()
    {
        // Arrange
        var db = StoredThenAltered("no-snapshot.db", lite => lite.GetCollection(EvaluationStore.RuleSetsCollection).DeleteAll());

        // Act
        var shown = CliInProcess.Run("show", "1", "--db", db);

        // Assert
        Assert.Equal(2, shown.ExitCode);
        Assert.Contains($"reading evaluation 1: the rule set snapshot {RuleSets.Current.Hash[..12]} its figures are laid out by is missing or altered", shown.Error, StringComparison.Ordinal);
    }

    // A database holding the sample's evaluation as record 1, then changed by alter as LiteDB itself allows.
    private string StoredThenAltered(string name, Action<LiteDatabase> alter)
    {
        var db = _temp.File(name);
        using (var store = EvaluationStore.Open(db))
        {
            store.Save(Scenario.Evaluate(_temp, SampleBalances.Text));
        }

        using (var lite = new LiteDatabase(db))
        {
            alter(lite);
        }

        return db;
    }

    private static string[] Exact(Dictionary<string, decimal> figures) =>
        [.. figures.Select(f => $"{f.Key}={f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}")];

    private static string Words(FindingRecord f) =>
        string.Join("|", f.Check, f.Title, f.Status, f.Severity, f.Message, f.Citation, f.Action, f.Deadline, string.Join(',', f.Reads), string.Join(',', f.Missing), string.Join(',', f.Figures ?? []));

    private int CompactDocumentSize(Evaluation evaluation)
    {
        var db = _temp.File($"{Guid.NewGuid():N}.db");
        using (var store = EvaluationStore.Open(db))
        {
            store.Save(evaluation);
        }

        using var lite = new LiteDatabase(new ConnectionString { Filename = db, ReadOnly = true });
        return BsonSerializer.Serialize(lite.GetCollection(EvaluationStore.EvaluationsCollection).FindById(1)).Length;
    }

    // What the previous release wrote: the record mapped field by field, words and all, no figures.
    private static void InsertAsThePreviousReleaseDid(string db, Evaluation evaluation, DateTime at)
    {
        var record = EvaluationRecords.From(evaluation);
        record.EvaluatedAt = at;
        record.Findings.ForEach(f => f.Figures = null);
        using var lite = new LiteDatabase(db, new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false });
        var document = lite.Mapper.ToDocument(record);
        document.Remove("_id");
        foreach (var finding in document[nameof(EvaluationRecord.Findings)].AsArray)
        {
            finding.AsDocument.Remove(nameof(FindingRecord.Figures));
        }

        lite.GetCollection(EvaluationStore.EvaluationsCollection, BsonAutoId.Int64).Insert(document);
    }
}
