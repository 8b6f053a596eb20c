using System.CommandLine;
using SegRules.Authoring.Regression;
using SegRules.Engine.Diagnostics;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules rules pin-case FILE --out CASE</c>: write a regression case that pins every formula line and
/// check outcome the rules give now for reviewed balances, or refresh an existing case's expectations.
/// </summary>
public static class RulesPinCaseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "Reviewed balances (YAML or JSON), or an existing case file whose expectations to write afresh." };
        var outPath = new Option<string>("--out") { Description = "The case file to write (the version's tests/NAME.yaml); may be the case file given.", Required = true };
        var name = new Option<string?>("--name") { Description = "What the case shows (for balances; a case keeps its name)." };
        var description = new Option<string?>("--description") { Description = "How the balances were made and what they test (for balances)." };
        var rules = CommonOptions.Rules();
        var version = CommonOptions.RulesVersion();
        var noCache = CommonOptions.NoCache();
        var command = new Command("pin-case", "Write a regression case pinning every formula line and check outcome the rules give now for reviewed balances (or refresh a case's expectations).")
        {
            file, outPath, name, description, rules, version, noCache,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            var diagnostics = new DiagnosticBag();
            var text = CasePinner.Pin(parse.GetValue(file)!, CommonOptions.Pipeline(directory, parse.GetValue(noCache), error), parse.GetValue(version), (parse.GetValue(name), parse.GetValue(description)), diagnostics);
            if (text is null)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), error, "no case was written.");
                return ExitCodes.UserError;
            }

            var target = parse.GetValue(outPath)!;
            if (OutputFile.Problem(target, []) is { } problem)
            {
                error.WriteLine($"segrules: {problem}");
                return ExitCodes.UserError;
            }

            if (!OutputFile.TryWriteText(target, text, output, error, "no case was written"))
            {
                return ExitCodes.UserError;
            }

            output.WriteLine($"wrote {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
