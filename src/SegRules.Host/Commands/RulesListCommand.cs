using System.CommandLine;
using System.Text.Json;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules rules list</c>: every version with its effective dates, content hash, size and the sources its manifest names.</summary>
public static class RulesListCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format();
        var command = new Command("list", "List the versions in a rules folder: effective dates, content hash, counts of lines and checks, and the sources each rests on.")
        {
            rules, format,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            var repository = new RuleRepository(directory);
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(repository.ManifestProblems);
            var rows = repository.Versions
                .Select(v => (Version: v, Form: RuleRepository.Load(v, diagnostics), Until: repository.InForceUntil(v)))
                .Where(r => r.Form is not null)
                .ToArray();
            if (parse.GetValue(format) == "json")
            {
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartArray();
                    foreach (var (version, form, until) in rows)
                    {
                        json.WriteStartObject();
                        json.WriteString("form", version.Info.Form);
                        json.WriteString("version", version.Info.Version);
                        json.WriteString("title", version.Info.Title);
                        json.WriteString("effectiveFrom", version.Info.EffectiveFrom.ToString("yyyy-MM-dd"));
                        json.WriteString("effectiveTo", until?.ToString("yyyy-MM-dd"));
                        json.WriteString("hash", form!.Hash);
                        json.WriteNumber("lines", form.Lines.Count());
                        json.WriteNumber("checks", form.Checks.Count());
                        json.WriteString("directory", version.Directory);
                        json.WriteStartArray("sources");
                        foreach (var source in form.Info.Sources)
                        {
                            json.WriteStartObject();
                            json.WriteString("document", source.Document);
                            json.WriteString("reference", source.Reference);
                            json.WriteString("effective", source.Effective?.ToString("yyyy-MM-dd"));
                            json.WriteString("note", source.Note);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
            }
            else
            {
                output.WriteLine($"{"form",-12} {"version",-12} {"effective from",-14} {"in force until",-14} {"lines",5} {"checks",6}  hash");
                foreach (var (version, form, until) in rows)
                {
                    output.WriteLine($"{version.Info.Form,-12} {version.Info.Version,-12} {version.Info.EffectiveFrom,-14:yyyy-MM-dd} {until?.ToString("yyyy-MM-dd") ?? "open",-14} {form!.Lines.Count(),5} {form.Checks.Count(),6}  {form.Hash[..12]}");
                    foreach (var source in form.Info.Sources)
                    {
                        output.WriteLine($"{"",-12} source: {source}");
                    }
                }
            }

            if (diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), error, "the versions above are the ones that load.");
                return ExitCodes.UserError;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
