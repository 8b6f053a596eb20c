using System.Text.Json;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>
/// Prints stored evaluations as a JSON list, one object per evaluation: identity, provenance, each
/// pool's excess, target and excess over target (null where the version has no such line), and the
/// worst finding that fired.
/// </summary>
public static class HistoryJsonWriter
{
    /// <summary>Writes <paramref name="rows"/> in the order given.</summary>
    public static void Write(IReadOnlyList<HistoryRow> rows, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartArray();
        foreach (var row in rows)
        {
            var record = row.Record;
            json.WriteStartObject();
            json.WriteNumber("id", record.Id);
            json.WriteString("asOf", record.AsOf);
            json.WriteString("firm", record.Firm);
            json.WriteString("form", record.Form);
            json.WriteString("version", record.Version);
            json.WriteString("rulesetHash", record.RulesetHash);
            if (record.Statements is null)
            {
                json.WriteNull("statements");
            }
            else
            {
                JsonOutput.Strings(json, "statements", record.Statements);
            }

            json.WriteStartObject("pools");
            foreach (var pool in row.Pools)
            {
                json.WriteStartObject(pool.Pool);
                JsonOutput.Number(json, "excess", pool.Excess);
                JsonOutput.Number(json, "target", pool.Target);
                JsonOutput.Number(json, "overTarget", pool.OverTarget);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteNumber("fired", row.Fired);
            if (row.Worst is { } worst)
            {
                json.WriteStartObject("worstFinding");
                json.WriteString("check", worst.Check);
                json.WriteString("severity", worst.Severity);
                json.WriteString("title", worst.Title);
                json.WriteString("message", worst.Message);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("worstFinding");
            }

            json.WriteString("evaluatedAt", record.EvaluatedAt.ToUniversalTime());
            json.WriteString("user", record.User);
            json.WriteString("host", record.Host);
            json.WriteString("sourceFile", record.SourceFile);
            json.WriteString("sourceHash", record.SourceHash);
            json.WriteString("engineVersion", record.EngineVersion);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });
}
