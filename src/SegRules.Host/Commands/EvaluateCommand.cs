using System.CommandLine;
using SegRules.Engine.Present;
using SegRules.Engine.Model;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules evaluate BALANCES...</c>: computes statements, prints them, and stores the evaluations.
/// One file prints its statement; several files or a folder are a batch, evaluated in one process
/// (each version loaded and compiled once) and stored in one transaction, or not at all when any file
/// has a problem.
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command; <paramref name="showProgress"/> draws a progress bar on standard error for long batches.</summary>
    public static Command Create(TextWriter output, TextWriter error, bool showProgress = false)
    {
        var balances = new Argument<string[]>("balances")
        {
            Description = "Balances files (YAML or JSON: firm, as_of, values by line code, targets; a CSV or .xlsx table; a filing's text, .txt), or folders of them (*.yaml, *.yml, *.json).",
            Arity = ArgumentArity.OneOrMore,
        };
        // With any number of files allowed, a misspelt option would be taken for a file name.
        balances.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !Path.Exists(t.Value)))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
            }
        });
        var rules = CommonOptions.Rules();
        var version = CommonOptions.RulesVersion();
        var format = CommonOptions.Format(StatementOutput.Formats);
        var to = new Option<string?>("--out") { Description = "Write the statement to this file (replacing it whole) instead of standard output; needed for xlsx." };
        var db = CommonOptions.Database();
        var noStore = new Option<bool>("--no-store") { Description = "Do not store the evaluations." };
        var noCache = CommonOptions.NoCache();
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with code 1 when a finding of this severity or worse fires (for scheduled runs).",
        };
        failOn.AcceptOnlyFromAmong(Enum.GetNames<Severity>().Select(n => n.ToLowerInvariant()).ToArray());

        var command = new Command("evaluate", "Evaluate balances files: compute every line of the statement in force on each as-of date, print and store it. Several files or a folder are one batch, stored together or not at all: a problem in any file stores none.")
        {
            balances, rules, version, format, db, noStore, noCache, failOn, to,
        };
        command.SetAction(parse =>
        {
            if (StatementOutput.Problem(parse.GetValue(format)!, parse.GetValue(to)) is { } problem)
            {
                error.WriteLine($"segrules: {problem}");
                return ExitCodes.UserError;
            }

            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } rulesDirectory
                || BalancesPaths.Expand(parse.GetValue(balances)!, error, out var batch) is not { } files)
            {
                return ExitCodes.UserError;
            }

            var request = new EvaluateRequest(
                CommonOptions.Pipeline(rulesDirectory, parse.GetValue(noCache), error),
                parse.GetValue(version),
                parse.GetValue(format)!,
                parse.GetValue(noStore) ? null : parse.GetValue(db) ?? DefaultDatabase.Path,
                parse.GetValue(failOn) is { } severity ? Enum.Parse<Severity>(severity, ignoreCase: true) : null,
                parse.GetValue(to));
            if (batch && (request.Format is not ("text" or "json") || request.Out is not null))
            {
                error.WriteLine("segrules: a batch prints a table (text) or a list (json); write csv, xlsx or --out for one file at a time");
                return ExitCodes.UserError;
            }

            if (request.Out is { } target && OutputFile.Problem(target, Reserved(request, files)) is { } outProblem)
            {
                error.WriteLine($"segrules: {outProblem}; nothing was evaluated or stored");
                return ExitCodes.UserError;
            }

            return batch ? EvaluateBatch.Run(request, files, output, error, showProgress) : Run(request, files[0], output, error);
        });
        return command;
    }

    // What --out must not overwrite: the database and its log, and the balances files read.
    private static IEnumerable<(string Path, string What)> Reserved(EvaluateRequest request, IReadOnlyList<string> files)
    {
        if (request.Database is { } database && !string.IsNullOrWhiteSpace(database))
        {
            yield return (database, "the database (--db)");
            var full = Path.GetFullPath(database);
            yield return (Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-log" + Path.GetExtension(full)), "the database's log");
        }

        foreach (var file in files)
        {
            yield return (file, "an input file");
        }
    }

    private static int Run(EvaluateRequest request, string balances, TextWriter output, TextWriter error)
    {
        var outcome = request.Pipeline.Evaluate(balances, request.Version);
        if (outcome.Evaluation is not { } evaluation)
        {
            DiagnosticPrinter.Print(outcome.Diagnostics, error, "nothing was evaluated or stored.");
            return ExitCodes.UserError;
        }

        StoredView? stored = null;
        if (request.Database is { } path)
        {
            if (!StoreAccess.TryUse(path, readOnly: false, error, store => store.Save(evaluation), out var id))
            {
                return ExitCodes.UserError;
            }

            stored = new StoredView(path, id);
        }

        try
        {
            StatementOutput.Write(request.Format, request.Out, evaluation, stored, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"segrules: cannot write {request.Out}: {e.Message}" + (stored is null ? "" : $" (the evaluation was stored as {stored.Id} in {stored.Database})"));
            return ExitCodes.UserError;
        }

        return request.ExitCode([evaluation]);
    }
}
