using System.Reflection;
using System.Security.Cryptography;
using SegRules.Engine.Store;
using SegRules.Tests.Support;

namespace SegRules.Tests.Store;

/// <summary>An evaluation stored with <c>--db</c> says who evaluated what, on which rules, and every line's value.</summary>
public sealed class StoredEvaluationTests(StoredSeedEvaluation stored) : IClassFixture<StoredSeedEvaluation>
{
    private EvaluationRecord Record => Assert.Single(stored.Records);

    [Fact]
    public void Evaluate_WithDb_StoresExactlyOneRecord()
    {
        Assert.Equal(0, stored.Result.ExitCode);
        Assert.Single(stored.Records);
        Assert.Contains($"Stored:  evaluation {Record.Id} in {stored.Database}", stored.Result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithDb_RecordsStatementIdentity()
    {
        var record = Record;

        Assert.Equal("Credit Suisse Securities (USA) LLC", record.Firm);
        Assert.Equal("2017-12-26", record.AsOf);
        Assert.Equal("daily-seg", record.Form);
        Assert.Equal("2014-11-14", record.Version);
        Assert.Equal(RuleSets.Current.Hash, record.RulesetHash);
    }

    [Fact]
    public void Evaluate_WithDb_RecordsInputsAsGiven()
    {
        var record = Record;

        Assert.Equal(SeedInputs.All.OrderBy(kv => kv.Key), record.Inputs.OrderBy(kv => kv.Key));
        Assert.Equal(["secured", "segregation", "swaps"], record.Targets.Select(t => t.Pool).Order());
        Assert.All(record.Targets, t => Assert.Equal("percent", t.Choice));
        Assert.All(record.Targets, t => Assert.Equal([5m], t.Figures));
    }

    [Fact]
    public void Evaluate_WithDb_RecordsEveryLineValue()
    {
        var lines = Record.Lines;

        Assert.Equal(RuleSets.Current.Lines.Select(l => l.Key.Value).Order(), lines.Keys.Order());
        Assert.All(SeedFigures.All, filed => Assert.Equal(filed.Value, lines[filed.Key]));
        Assert.Equal(95, lines.Keys.Count(k => k.All(char.IsAsciiDigit)));
    }

    [Fact]
    public void Evaluate_WithDb_RecordsSourceFileAndHash()
    {
        var record = Record;

        Assert.Equal(TestPaths.SeedSample, record.SourceFile);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(TestPaths.SeedSample))), record.SourceHash);
    }

    [Fact]
    public void Evaluate_WithDb_RecordsWhoWhereWhenAndWhichEngine()
    {
        var record = Record;
        var engine = typeof(EvaluationStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(Environment.UserName, record.User);
        Assert.Equal(Environment.MachineName, record.Host);
        Assert.Equal(engine, record.EngineVersion);
        Assert.InRange(record.EvaluatedAt.ToUniversalTime(), stored.Before.AddMilliseconds(-1), stored.After.AddMilliseconds(1));
    }
}
