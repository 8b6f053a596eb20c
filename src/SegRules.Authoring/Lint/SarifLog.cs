using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SegRules.Engine.Diagnostics;

namespace SegRules.Authoring.Lint;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log for code scanning: one run whose <c>tool.driver.rules</c>
/// lists every diagnostic of the catalog (id, title, message, help, default level), and one result per
/// diagnostic with its file, line and column and a <c>partialFingerprints</c> entry that stays the same
/// when lines are added above it (the rule, the file and the message, not the line number).
/// </summary>
public static class SarifLog
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The schema the log names.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The name of the fingerprint SegRules writes.</summary>
    public const string FingerprintName = "segrulesDiagnostic/v1";

    /// <summary>Every descriptor of <see cref="DiagnosticCatalog"/>, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules { get; } = typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>()
        .OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Writes <paramref name="diagnostics"/> as a SARIF log to <paramref name="json"/>.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="diagnostics">The diagnostics, in the order to list them.</param>
    /// <param name="toolVersion">The SegRules version.</param>
    public static void Write(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics, string toolVersion)
    {
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", Version);
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, toolVersion);
        json.WriteStartArray("results");
        var index = Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            WriteResult(json, diagnostic, index, seen);
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "unicodeCodePoints");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "segrules");
        json.WriteString("version", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", string.Concat(rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
            Text(json, "shortDescription", rule.Title);
            Text(json, "fullDescription", rule.MessageFormat);
            Text(json, "help", rule.Help);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, Dictionary<string, int> index, Dictionary<string, int> seen)
    {
        var file = (diagnostic.Position?.File ?? diagnostic.File)?.Replace('\\', '/');
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (index.TryGetValue(diagnostic.Id, out var ruleIndex))
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        Text(json, "message", diagnostic.Message);
        if (file is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", string.Join('/', file.Split('/').Select(Uri.EscapeDataString)));
            json.WriteEndObject();
            if (diagnostic.Position is { } at)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", at.Line);
                json.WriteNumber("startColumn", at.Column);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        // The same rule, file and message a second time in one log is told apart by its occurrence.
        var identity = $"{diagnostic.Id}|{file}|{diagnostic.Message}";
        var occurrence = seen[identity] = seen.GetValueOrDefault(identity) + 1;
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}|{occurrence}")))[..32]);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "note",
    };
}
