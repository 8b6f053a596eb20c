using System.CommandLine;
using System.Globalization;
using SegRules.Authoring.Versions;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Rules;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules rules new-version --from A --id B --effective DATE</c>: copy a version into a new one, ready to edit.</summary>
public static class RulesNewVersionCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = new Option<string>("--from") { Description = "The version to copy.", Required = true };
        var id = new Option<string>("--id") { Description = "The new version's id (e.g. its effective date).", Required = true };
        var effective = new Option<string>("--effective") { Description = "The new version's effective_from date, yyyy-MM-dd.", Required = true };
        var form = CommonOptions.Form();
        var rules = CommonOptions.Rules();
        var command = new Command("new-version", "Copy a version into a new version folder with its manifest updated (id, effective_from, open-ended), ready to edit.")
        {
            from, id, effective, form, rules,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            if (!DateOnly.TryParseExact(parse.GetValue(effective), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error.WriteLine($"segrules: --effective '{parse.GetValue(effective)}' is not a date: write yyyy-MM-dd");
                return ExitCodes.UserError;
            }

            var diagnostics = new DiagnosticBag();
            if (new RuleRepository(directory).Find(parse.GetValue(form)!, parse.GetValue(from)!, diagnostics) is not { } source)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), error, "no version was created.");
                return ExitCodes.UserError;
            }

            try
            {
                var created = NewVersion.Create(source, parse.GetValue(id)!, date);
                output.WriteLine($"Created {parse.GetValue(form)} {parse.GetValue(id)} in {SourceFiles.Display(created)}, a copy of {source.Info.Version} in force from {date:yyyy-MM-dd}.");
                output.WriteLine($"{source.Info.Version} stays as it is and applies to dates before {date:yyyy-MM-dd}. Edit the new folder, then run 'segrules rules check' and 'segrules rules test'.");
                return ExitCodes.Success;
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"segrules: {e.Message.Split(" (Parameter")[0]}");
                return ExitCodes.UserError;
            }
        });
        return command;
    }
}
