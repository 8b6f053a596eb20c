using System.Text.Json;
using SegRules.Engine.Explain;

namespace SegRules.Host.Output;

/// <summary>Prints a derivation tree as nested JSON objects (key, kind, label, formula, value, children).</summary>
public static class ExplainJsonWriter
{
    /// <summary>Writes <paramref name="root"/> to <paramref name="output"/>.</summary>
    public static void Write(ExplainNode root, TextWriter output) => JsonOutput.Write(output, json => Write(root, json));

    private static void Write(ExplainNode node, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("key", node.Key.Value);
        json.WriteString("kind", node.Kind.ToString().ToLowerInvariant());
        json.WriteString("line", node.PrintedLine);
        json.WriteString("label", node.Label);
        json.WriteString("formula", node.Formula);
        if (node.Value is { } value)
        {
            json.WriteNumber("value", value);
        }
        else
        {
            json.WriteNull("value");
        }

        if (node.Kind == ExplainNodeKind.Check)
        {
            json.WriteString("outcome", node.Outcome switch { true => "fired", false => "held", null => "not-evaluated" });
            json.WriteString("message", node.Message);
        }

        json.WriteString("citation", node.Citation);
        json.WriteString("source", node.Source);
        json.WriteBoolean("truncated", node.Truncated);
        json.WriteStartArray("children");
        foreach (var child in node.Children)
        {
            Write(child, json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
