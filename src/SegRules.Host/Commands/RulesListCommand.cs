using System.CommandLine;
using SegRules.Engine.Present;
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
            if (CommonOptions.Repository(parse.GetValue(rules), error) is not { } repository)
            {
                return ExitCodes.UserError;
            }
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(repository.ManifestProblems);
            var rows = repository.Versions
                .Select(v => (Version: v, Form: RuleRepository.Load(v, diagnostics), Until: repository.InForceUntil(v)))
                .Where(r => r.Form is not null)
                .ToArray();
            if (parse.GetValue(format) == "json")
            {
                ViewJson.Write(rows.Select(r => RuleVersionView.Of(r.Form!, r.Until, r.Version.Directory)).ToArray(), output);
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
