using System.CommandLine;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Reconcile;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules reconcile FILE</c>: reads a filing (its text, or balances that carry filed figures),
/// evaluates its inputs and compares every filed figure with the rules. Exit 0 when all agree, 1
/// when any differs, 2 on bad input. Nothing is stored: a reconciliation checks a filing already made.
/// </summary>
public static class ReconcileCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file")
        {
            Description = "A filing's text as extracted from its PDF (.txt), or a balances file (YAML, JSON, CSV, .xlsx) that carries filed figures.",
        };
        var format = CommonOptions.Format();
        var rules = CommonOptions.Rules();
        var version = CommonOptions.RulesVersion();
        var noCache = CommonOptions.NoCache();
        var command = new Command("reconcile", "Compare every figure a filing printed with what the rules compute from its inputs, and with its own arithmetic.")
        {
            file, format, rules, version, noCache,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            var path = parse.GetValue(file)!;
            var outcome = CommonOptions.Pipeline(directory, parse.GetValue(noCache), error).Evaluate(path, parse.GetValue(version));
            if (outcome.Evaluation is not { } evaluation)
            {
                DiagnosticPrinter.Print(outcome.Diagnostics, error, "nothing was reconciled.");
                return ExitCodes.UserError;
            }

            if (evaluation.Inputs.Filed.Count == 0)
            {
                error.WriteLine($"segrules: {evaluation.Inputs.Source.Path} carries no filed figures, so there is nothing to reconcile: give the figures the filing printed under filed, or reconcile the filing's text");
                return ExitCodes.UserError;
            }

            var reconciliation = Reconciler.Reconcile(evaluation);
            if (parse.GetValue(format) == "json")
            {
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartObject();
                    EvaluationJsonWriter.WriteHeading(json, evaluation);
                    ReconciliationJson.Write(json, reconciliation);
                    FindingsJson.Write(json, evaluation.Findings);
                    json.WriteEndObject();
                });
            }
            else
            {
                ReconciliationTextWriter.Write(reconciliation, new TerminalText(output));
            }

            return reconciliation.Agrees ? ExitCodes.Success : ExitCodes.FindingsAtOrAbove;
        });
        return command;
    }
}
