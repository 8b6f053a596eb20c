using System.CommandLine;
using SegRules.Authoring.Versions;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules rules check</c>: read, validate and compile every version; report every problem.</summary>
public static class RulesCheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = CommonOptions.Rules();
        var noCache = CommonOptions.NoCache();
        var command = new Command("check", "Read, validate and compile every version in a rules folder; report every problem with its file, line and column.")
        {
            rules, noCache,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            var report = RuleSetCheck.Run(CommonOptions.Pipeline(directory, parse.GetValue(noCache), error));
            foreach (var form in report.Passed)
            {
                output.WriteLine($"ok  {form.Info.Form} {form.Info.Version} ({form.Info.EffectivePeriod}): {form.Lines.Count()} lines, {form.EvaluationOrder.Count} formulas, {form.Checks.Count()} checks, rule set {form.Hash[..12]}");
            }

            if (report.Diagnostics.Count == 0)
            {
                return ExitCodes.Success;
            }

            DiagnosticPrinter.Print(report.Diagnostics, error, "fix them before using these rules.");
            return ExitCodes.UserError;
        });
        return command;
    }
}
