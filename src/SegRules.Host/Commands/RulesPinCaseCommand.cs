using System.CommandLine;
using SegRules.Authoring.Regression;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;
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
        var command = new Command("pin-case", "Write a regression case pinning every formula line and check outcome the rules give now for reviewed balances (or refresh a case's expectations).")
        {
            file, outPath, name, description, rules, version,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            var diagnostics = new DiagnosticBag();
            var text = CasePinner.Pin(parse.GetValue(file)!, new RuleRepository(directory), parse.GetValue(version), (parse.GetValue(name), parse.GetValue(description)), FormCompiler.Shared, diagnostics);
            if (text is null)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), error, "no case was written.");
                return ExitCodes.UserError;
            }

            var target = parse.GetValue(outPath)!;
            AtomicFile.WriteText(target, text);
            output.WriteLine($"wrote {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
