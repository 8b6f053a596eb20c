using System.Text.Json;
using SegRules.Authoring.Quality;

namespace SegRules.Host.Output;

/// <summary>
/// Prints <c>rules test --coverage/--mutate --format json</c>: a list with, per version, <c>version</c>,
/// <c>coverage: {lines, checks}</c> as percentages with what is not covered, and
/// <c>mutation: {killed, total, equivalent, score, survivors, equivalentMutants, staleEquivalents}</c>
/// (null without <c>--mutate</c>): <c>survivors</c> are the mutants no case kills that
/// tests/equivalent-mutants.yaml does not name, <c>staleEquivalents</c> the names there of no surviving mutant.
/// </summary>
public static class QualityJsonWriter
{
    /// <summary>Writes <paramref name="reports"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<VersionQuality> reports, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartArray();
        foreach (var report in reports)
        {
            json.WriteStartObject();
            json.WriteString("form", report.Version.Info.Form);
            json.WriteString("version", report.Version.Info.Version);
            WriteCoverage(json, report.Coverage);
            if (report.Mutation is { } mutation)
            {
                WriteMutation(json, mutation);
            }
            else
            {
                json.WriteNull("mutation");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static void WriteCoverage(Utf8JsonWriter json, CoverageReport coverage)
    {
        json.WriteStartObject("coverage");
        json.WriteNumber("lines", coverage.LinePercent);
        json.WriteNumber("checks", coverage.CheckPercent);
        JsonOutput.Strings(json, "uncoveredLines", coverage.UncoveredLines.Select(l => l.Key.Value));
        json.WriteStartArray("uncoveredChecks");
        foreach (var check in coverage.UncoveredChecks)
        {
            json.WriteStartObject();
            json.WriteString("id", check.Check.Id.Value);
            json.WriteNumber("fired", check.Fired);
            json.WriteNumber("held", check.Held);
            json.WriteString("missing", QualityTextWriter.Missing(check));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMutation(Utf8JsonWriter json, MutationReport mutation)
    {
        json.WriteStartObject("mutation");
        json.WriteNumber("killed", mutation.Killed.Count);
        json.WriteNumber("total", mutation.Total);
        json.WriteNumber("equivalent", mutation.Equivalent.Count);
        json.WriteNumber("score", mutation.Score);
        JsonOutput.Strings(json, "survivors", mutation.Survivors.Select(m => m.Id));
        JsonOutput.Strings(json, "equivalentMutants", mutation.Equivalent.Select(m => m.Id));
        JsonOutput.Strings(json, "staleEquivalents", mutation.StaleEquivalents);
        json.WriteEndObject();
    }
}
