using System.CommandLine;
using SegRules.Authoring.Lint;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules rules lint</c>: everything <c>rules check</c> finds plus warnings that help authors, as
/// text (<c>file(line,col): severity SRnnnn: message</c>), JSON or SARIF 2.1.0. Exit 1 on errors, 0 otherwise.
/// </summary>
public static class RulesLintCommand
{
    /// <summary>Exit code when lint finds an error.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format("text", "json", "sarif");
        var noCache = CommonOptions.NoCache();
        var command = new Command("lint", "Check every version like rules check, and warn about unused lines, missing citations, unnamed constants, unexplained label changes and checks the cases never or always see fire. Exit 1 on errors.")
        {
            rules, format, noCache,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            var report = RuleLinter.Run(CommonOptions.Pipeline(directory, parse.GetValue(noCache), error));
            switch (parse.GetValue(format))
            {
                case "sarif":
                    JsonOutput.Write(output, json => SarifLog.Write(json, report.Diagnostics, typeof(RulesLintCommand).Assembly.GetName().Version?.ToString(3) ?? "0"));
                    break;
                case "json":
                    LintJsonWriter.Write(report, output);
                    break;
                default:
                    foreach (var diagnostic in report.Diagnostics)
                    {
                        output.WriteLine(TerminalText.Escape(diagnostic.ToString()));
                    }

                    output.WriteLine(Summary(report));
                    break;
            }

            return report.HasErrors ? ErrorsFound : ExitCodes.Success;
        });
        return command;
    }

    private static string Summary(LintReport report)
    {
        int Count(Engine.Diagnostics.DiagnosticLevel level) => report.Diagnostics.Count(d => d.Severity == level);
        return $"{report.VersionsLinted} version(s) linted: {Count(Engine.Diagnostics.DiagnosticLevel.Error)} error(s), {Count(Engine.Diagnostics.DiagnosticLevel.Warning)} warning(s), {Count(Engine.Diagnostics.DiagnosticLevel.Info)} note(s)";
    }
}
