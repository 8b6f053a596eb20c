using System.Text.Json;
using SegRules.Engine.Model;
using SegRules.Engine.Reconcile;

namespace SegRules.Host.Output;

/// <summary>
/// Writes a reconciliation as JSON properties: <c>compared</c>, <c>agrees</c>, <c>differences</c>
/// (code, line, label, kind, filed, computed, difference, fromFiledLines, filedArithmeticDifference,
/// causes, dependents) and <c>notFiled</c>.
/// </summary>
public static class ReconciliationJson
{
    /// <summary>Writes <paramref name="reconciliation"/> as properties of the current object.</summary>
    public static void Write(Utf8JsonWriter json, Reconciliation reconciliation)
    {
        json.WriteNumber("compared", reconciliation.Compared);
        json.WriteBoolean("agrees", reconciliation.Agrees);
        json.WriteStartArray("differences");
        foreach (var difference in reconciliation.Differences)
        {
            json.WriteStartObject();
            json.WriteString("code", difference.Key.Value);
            json.WriteString("line", difference.PrintedLine);
            json.WriteString("label", difference.Label);
            json.WriteString("kind", difference.Kind == LineKind.Input ? "input" : "formula");
            json.WriteNumber("filed", difference.Filed);
            json.WriteNumber("computed", difference.Computed);
            json.WriteNumber("difference", difference.Difference);
            JsonOutput.Number(json, "fromFiledLines", difference.FromFiledLines);
            JsonOutput.Number(json, "filedArithmeticDifference", difference.FiledArithmeticDifference);
            JsonOutput.Strings(json, "causes", difference.Causes.Select(k => k.Value));
            JsonOutput.Strings(json, "dependents", difference.Dependents.Select(k => k.Value));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonOutput.Strings(json, "notFiled", reconciliation.NotFiled.Select(k => k.Value));
    }
}
