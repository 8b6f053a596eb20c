using System.CommandLine;
using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Import;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules import filing FILE</c>: turns the text of a filed statement into a balances file.</summary>
public static class ImportCommand
{
    /// <summary>Builds the <c>import</c> command and its <c>filing</c> subcommand.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The text of a Daily Seg - FOCUS II filing, as extracted from its PDF." };
        var to = new Option<string?>("--out") { Description = "Write the balances file here (replacing it whole) instead of to standard output." };
        var rules = CommonOptions.Rules();
        var version = CommonOptions.RulesVersion();
        var filing = new Command("filing", "Read a filing's text into a balances file: firm, as_of (the End Date), cover page targets, inputs under values, every printed figure under filed.")
        {
            file, to, rules, version,
        };
        filing.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(to), parse.GetValue(rules), parse.GetValue(version), output, error));
        return new Command("import", "Bring outside records in as balances files.") { filing };
    }

    private static int Run(string path, string? to, string? rules, string? version, TextWriter output, TextWriter error)
    {
        if (CommonOptions.RulesDirectory(rules, error) is not { } directory)
        {
            return ExitCodes.UserError;
        }

        if (to is not null && OutputFile.Problem(to, [(path, "the filing being imported")]) is { } problem)
        {
            error.WriteLine($"segrules: {problem}");
            return ExitCodes.UserError;
        }

        var diagnostics = new DiagnosticBag();
        var imported = new FilingImporter(new RuleRepository(directory)).Import(path, version, diagnostics);
        if (imported is null || BalancesBinder.Bind(imported.Balances, imported.Form, diagnostics) is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), error, "nothing was written.");
            return ExitCodes.UserError;
        }

        var balances = imported.Balances;
        var form = imported.Form;
        var computed = balances.Filed.Count(f => form[new LineKey(f.Key.Value)].Kind == LineKind.Formula);
        var summary = $"{balances.Filed.Count} coded figures ({balances.Values.Count} inputs, {computed} computed lines) of {balances.Firm} for {balances.AsOf:yyyy-MM-dd}";
        var yaml = BalancesYamlWriter.Write(balances, form,
        [
            $"Imported by segrules from {balances.Path}: {summary}.",
            $"Rules: {form.Info.Form} {form.Info.Version}, in force on the End Date {imported.Header.EndDate!.Value}"
                + (imported.Header.SubmitDate is { } submitted ? $" (submitted {submitted.Value})." : "."),
            "values: the filing's input lines; filed: every figure it printed, computed lines too, for reconciling.",
        ]);
        if (to is null or OutputFile.StandardOutput)
        {
            output.Write(yaml);
            return ExitCodes.Success;
        }

        if (!OutputFile.TryWriteText(to, yaml, output, error))
        {
            return ExitCodes.UserError;
        }

        output.WriteLine($"Imported {summary} into {to}");
        return ExitCodes.Success;
    }
}
