using System.CommandLine;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Explain;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules explain BALANCES CODE|CHECK-ID</c>: how a line or finding came about, down to the input balances.</summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var balances = new Argument<string>("balances") { Description = "The balances file to evaluate." };
        var target = new Argument<string>("code-or-check") { Description = "A line code (7190), line id, supplemental figure id, or check id (seg_deficiency)." };
        var depth = new Option<int>("--depth") { Description = "How many levels of inputs to show below it.", DefaultValueFactory = _ => 50 };
        var format = CommonOptions.Format();
        var rules = CommonOptions.Rules();
        var version = CommonOptions.RulesVersion();
        var noCache = CommonOptions.NoCache();
        var command = new Command("explain", "Show the derivation tree of one line or finding: each step's formula, value and rule, down to the input balances.")
        {
            balances, target, depth, format, rules, version, noCache,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            if (parse.GetValue(depth) is var levels && levels < 0)
            {
                error.WriteLine("segrules: --depth must be 0 or more");
                return ExitCodes.UserError;
            }

            var outcome = CommonOptions.Pipeline(directory, parse.GetValue(noCache), error).Evaluate(parse.GetValue(balances)!, parse.GetValue(version));
            if (outcome.Evaluation is not { } evaluation)
            {
                DiagnosticPrinter.Print(outcome.Diagnostics, error, "nothing was evaluated.");
                return ExitCodes.UserError;
            }

            var key = new LineKey(parse.GetValue(target)!.Trim('[', ']'));
            if (!Explainer.CanExplain(evaluation, key))
            {
                var known = evaluation.Pages.SelectMany(p => p.Lines.Concat(p.Supplementals)).Select(l => l.Key.Value).Concat(evaluation.Pages.SelectMany(p => p.Checks).Select(c => c.Id.Value));
                var suggestion = Spelling.Nearest(key.Value, known);
                error.WriteLine($"segrules: {key} is not a line, figure or check of {evaluation.Form.Info.Form} {evaluation.Form.Info.Version}{(evaluation.Inputs.Held.All ? "" : " on the statements the balances hold")}{(suggestion is null ? "" : $" (did you mean {suggestion}?)")}");
                return ExitCodes.UserError;
            }

            var tree = Explainer.Explain(evaluation, key, levels);
            if (parse.GetValue(format) == "json")
            {
                ExplainJsonWriter.Write(tree, output);
            }
            else
            {
                ExplainTextWriter.Write(tree, new TerminalText(output));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
