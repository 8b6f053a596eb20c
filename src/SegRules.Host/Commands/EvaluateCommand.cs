using System.CommandLine;
using SegRules.Engine.Compile;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules evaluate BALANCES</c>: computes a statement, prints it, and stores the evaluation.</summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var balances = new Argument<string>("balances") { Description = "The balances file: YAML or JSON (firm, as_of, values by line code, targets), a CSV or .xlsx table, or a filing's text (.txt)." };
        var rules = CommonOptions.Rules();
        var version = CommonOptions.RulesVersion();
        var format = CommonOptions.Format(StatementOutput.Formats);
        var to = new Option<string?>("--out") { Description = "Write the statement to this file (replacing it whole) instead of standard output; needed for xlsx." };
        var db = CommonOptions.Database();
        var noStore = new Option<bool>("--no-store") { Description = "Do not store the evaluation." };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with code 1 when a finding of this severity or worse fires (for scheduled runs).",
        };
        failOn.AcceptOnlyFromAmong(Enum.GetNames<Severity>().Select(n => n.ToLowerInvariant()).ToArray());

        var command = new Command("evaluate", "Evaluate a balances file: compute every line of the statement in force on its as-of date.")
        {
            balances, rules, version, format, db, noStore, failOn, to,
        };
        command.SetAction(parse => Run(
            parse.GetValue(balances)!,
            parse.GetValue(rules),
            parse.GetValue(version),
            parse.GetValue(format)!,
            parse.GetValue(db),
            parse.GetValue(noStore),
            parse.GetValue(failOn) is { } severity ? Enum.Parse<Severity>(severity, ignoreCase: true) : null,
            parse.GetValue(to),
            output,
            error));
        return command;
    }

    private static int Run(string balances, string? rules, string? version, string format, string? db, bool noStore, Severity? failOn, string? to, TextWriter output, TextWriter error)
    {
        if (StatementOutput.Problem(format, to) is { } problem)
        {
            error.WriteLine($"segrules: {problem}");
            return ExitCodes.UserError;
        }

        if (CommonOptions.RulesDirectory(rules, error) is not { } rulesDirectory)
        {
            return ExitCodes.UserError;
        }

        var outcome = new StatementEvaluator(new RuleRepository(rulesDirectory), FormCompiler.Shared).Evaluate(balances, version);
        if (outcome.Evaluation is not { } evaluation)
        {
            DiagnosticPrinter.Print(outcome.Diagnostics, error, "nothing was evaluated or stored.");
            return ExitCodes.UserError;
        }

        StoredAs? stored = null;
        if (!noStore)
        {
            var path = db ?? DefaultDatabase.Path;
            try
            {
                using var store = EvaluationStore.Open(path);
                stored = new StoredAs(path, store.Save(evaluation));
            }
            catch (StoreException e)
            {
                error.WriteLine($"segrules: {e.Message}");
                return ExitCodes.UserError;
            }
        }

        try
        {
            StatementOutput.Write(format, to, evaluation, stored, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"segrules: cannot write {to}: {e.Message}" + (stored is null ? "" : $" (the evaluation was stored as {stored.Id} in {stored.Database})"));
            return ExitCodes.UserError;
        }

        return failOn is { } threshold && evaluation.Findings.Any(f => f.Status == FindingStatus.Fired && f.Severity >= threshold)
            ? ExitCodes.FindingsAtOrAbove
            : ExitCodes.Success;
    }
}
