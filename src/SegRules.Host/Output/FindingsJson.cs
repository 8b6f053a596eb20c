using System.Text.Json;
using SegRules.Engine.Evaluate;

namespace SegRules.Host.Output;

/// <summary>Writes findings as the JSON array <c>findings</c>.</summary>
public static class FindingsJson
{
    /// <summary>Writes <paramref name="findings"/> as the property <c>findings</c> of the current object.</summary>
    public static void Write(Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Check.Value);
            json.WriteString("title", finding.Title);
            json.WriteString("status", finding.Status == FindingStatus.Fired ? "fired" : "not-evaluated");
            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", finding.Message);
            json.WriteString("citation", finding.Citation);
            json.WriteString("action", finding.Action);
            json.WriteString("deadline", finding.Deadline);
            JsonOutput.Strings(json, "reads", finding.Reads.Select(k => k.Value));
            JsonOutput.Strings(json, "missing", finding.Missing.Select(k => k.Value));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
