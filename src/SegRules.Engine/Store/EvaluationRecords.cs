using System.Reflection;
using SegRules.Engine.Evaluate;

namespace SegRules.Engine.Store;

/// <summary>Builds the stored record of an evaluation.</summary>
public static class EvaluationRecords
{
    /// <summary>The record of <paramref name="evaluation"/>, not yet stored (its id is 0), stamped with who, where and when.</summary>
    public static EvaluationRecord From(Evaluation evaluation)
    {
        var source = evaluation.Inputs.Source;
        return new EvaluationRecord
        {
            Firm = source.Firm ?? "",
            AsOf = source.AsOf!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Form = evaluation.Form.Info.Form,
            Version = evaluation.Form.Info.Version,
            RulesetHash = evaluation.Form.Hash,
            Statements = evaluation.Inputs.Held.Names?.ToList(),
            Inputs = source.Values.ToDictionary(v => v.Key.Value, v => v.Value),
            Targets = source.Targets.Select(t => new TargetRecord { Pool = t.Pool.Value, Choice = t.Choice.Value, Figures = t.Figures.ToList() }).ToList(),
            Supplementals = source.Supplementals.ToDictionary(v => v.Key.Value, v => v.Value),
            Filed = source.Filed.ToDictionary(v => v.Key.Value, v => v.Value),
            Findings = evaluation.Findings.Select(FindingRecord.From).ToList(),
            Lines = evaluation.Values.ToDictionary(v => v.Key.Value, v => v.Value),
            SourceFile = Path.GetFullPath(source.Path),
            SourceHash = source.SourceHash,
            EvaluatedAt = DateTime.UtcNow,
            User = UserName,
            Host = MachineName,
            EngineVersion = EngineVersion,
        };
    }

    // Read once: each is a system call, and a batch stamps thousands of records.
    private static readonly string UserName = Environment.UserName;
    private static readonly string MachineName = Environment.MachineName;

    private static readonly string EngineVersion =
        typeof(EvaluationRecords).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
