using SegRules.Authoring.Lint;

namespace SegRules.Host.Output;

/// <summary>Prints <c>rules lint --format json</c>: one object per diagnostic with id, severity, file, line, column and message.</summary>
public static class LintJsonWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(LintReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("versionsLinted", report.VersionsLinted);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Descriptor.SeverityName);
            json.WriteString("file", diagnostic.Position?.File ?? diagnostic.File);
            JsonOutput.Number(json, "line", diagnostic.Position?.Line);
            JsonOutput.Number(json, "column", diagnostic.Position?.Column);
            json.WriteString("message", diagnostic.Message);
            json.WriteString("help", diagnostic.Descriptor.Help);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
