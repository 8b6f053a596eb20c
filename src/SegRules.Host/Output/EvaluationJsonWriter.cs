using System.Text.Json;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Reconcile;

namespace SegRules.Host.Output;

/// <summary>
/// Prints an evaluation as one JSON object: <c>form</c>, <c>version</c>, <c>rulesetHash</c>,
/// <c>firm</c>, <c>asOf</c>, <c>lines</c> (key to value), and the statement's pages with labels.
/// Figures are JSON numbers written exactly from their decimals. When the balances carry filed
/// figures, <c>reconciliation</c> compares them with the rules (else it is null).
/// </summary>
public static class EvaluationJsonWriter
{
    /// <summary>Writes <paramref name="evaluation"/> to <paramref name="output"/>.</summary>
    public static void Write(Evaluation evaluation, StoredAs? stored, TextWriter output) =>
        JsonOutput.Write(output, json => WriteObject(json, evaluation, stored));

    /// <summary>Writes <paramref name="evaluations"/> as a JSON list of the same objects, in the order given.</summary>
    public static void WriteList(IReadOnlyList<(Evaluation Evaluation, StoredAs? Stored)> evaluations, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var (evaluation, stored) in evaluations)
            {
                WriteObject(json, evaluation, stored);
            }

            json.WriteEndArray();
        });

    /// <summary>Writes one evaluation object to <paramref name="json"/>.</summary>
    public static void WriteObject(Utf8JsonWriter json, Evaluation evaluation, StoredAs? stored)
    {
        var form = evaluation.Form;
        json.WriteStartObject();
        WriteHeading(json, evaluation);
        if (stored is null)
        {
            json.WriteNull("stored");
        }
        else
        {
            json.WriteStartObject("stored");
            json.WriteString("database", stored.Database);
            json.WriteNumber("id", stored.Id);
            if (stored.Record is { } record)
            {
                json.WriteString("evaluatedAt", record.EvaluatedAt.ToUniversalTime());
                json.WriteString("user", record.User);
                json.WriteString("host", record.Host);
                json.WriteString("engineVersion", record.EngineVersion);
                json.WriteString("sourceHash", record.SourceHash);
            }

            json.WriteEndObject();
        }

        json.WriteStartObject("lines");
        foreach (var line in evaluation.Lines)
        {
            json.WriteNumber(line.Key.Value, evaluation.Values[line.Key]);
        }

        json.WriteEndObject();
        json.WriteStartArray("pages");
        foreach (var page in evaluation.Pages)
        {
            json.WriteStartObject();
            json.WriteString("id", page.Id);
            json.WriteString("title", page.Title);
            json.WriteStartArray("lines");
            foreach (var line in page.Lines)
            {
                json.WriteStartObject();
                json.WriteString("key", line.Key.Value);
                json.WriteString("line", line.PrintedLine);
                json.WriteString("label", line.Label);
                json.WriteString("kind", line.Kind == Engine.Model.LineKind.Input ? "input" : "formula");
                json.WriteString("formula", line.Formula?.Text);
                json.WriteNumber("value", evaluation.Values[line.Key]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        FindingsJson.Write(json, evaluation.Findings);
        if (evaluation.Inputs.Filed.Count > 0)
        {
            json.WriteStartObject("reconciliation");
            ReconciliationJson.Write(json, Reconciler.Reconcile(evaluation));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("reconciliation");
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the properties that say what was evaluated: form, version, title, rulesetHash, firm, asOf, source.</summary>
    public static void WriteHeading(Utf8JsonWriter json, Evaluation evaluation)
    {
        var form = evaluation.Form;
        var source = evaluation.Inputs.Source;
        json.WriteString("form", form.Info.Form);
        json.WriteString("version", form.Info.Version);
        json.WriteString("title", form.Info.Title);
        json.WriteString("rulesetHash", form.Hash);
        json.WriteString("firm", source.Firm);
        json.WriteString("asOf", source.AsOf!.Value.ToString("yyyy-MM-dd"));
        json.WriteString("source", source.Path);
        JsonOutput.Strings(json, "statements", evaluation.Statements);
    }
}
