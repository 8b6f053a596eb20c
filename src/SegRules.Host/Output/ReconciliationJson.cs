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
            WriteOptional(json, "fromFiledLines", difference.FromFiledLines);
            WriteOptional(json, "filedArithmeticDifference", difference.FiledArithmeticDifference);
            WriteKeys(json, "causes", difference.Causes);
            WriteKeys(json, "dependents", difference.Dependents);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteKeys(json, "notFiled", reconciliation.NotFiled);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteKeys(Utf8JsonWriter json, string name, IReadOnlyList<LineKey> keys)
    {
        json.WriteStartArray(name);
        foreach (var key in keys)
        {
            json.WriteStringValue(key.Value);
        }

        json.WriteEndArray();
    }
}
