using System.CommandLine;
using SegRules.Authoring.Diff;
using SegRules.Engine.Present;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules rules diff A B</c>: what changed from one version of a form to another. Exit 0 when equal, 1 when they differ.</summary>
public static class RulesDiffCommand
{
    /// <summary>Exit code when the versions differ.</summary>
    public const int Differ = 1;

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = new Argument<string>("from") { Description = "The version to compare from." };
        var to = new Argument<string>("to") { Description = "The version to compare to." };
        var form = CommonOptions.Form();
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format();
        var command = new Command("diff", "Compare two versions: lines and checks added, removed, relabelled, renumbered, formulas and citations changed (old and new side by side).")
        {
            from, to, form, rules, format,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.Repository(parse.GetValue(rules), error) is not { } repository)
            {
                return ExitCodes.UserError;
            }
            var diagnostics = new DiagnosticBag();
            var formId = parse.GetValue(form)!;
            var a = repository.Find(formId, parse.GetValue(from)!, diagnostics) is { } va ? RuleRepository.Load(va, diagnostics) : null;
            var b = repository.Find(formId, parse.GetValue(to)!, diagnostics) is { } vb ? RuleRepository.Load(vb, diagnostics) : null;
            if (a is null || b is null)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), error, "nothing was compared.");
                return ExitCodes.UserError;
            }

            // A version's lineage.yaml maps its lines to the version just before it.
            var laterVersion = repository.Find(formId, b.Info.Version, diagnostics)!;
            var lineage = repository.Previous(laterVersion)?.Info.Version == a.Info.Version ? LineLineage.Read(laterVersion.Directory, diagnostics) : null;
            var changes = RuleSetDiff.Compare(a, b, lineage);
            if (parse.GetValue(format) == "json")
            {
                ViewJson.Write(new RuleDiffView(formId, a.Info.Version, b.Info.Version, changes), output);
            }
            else
            {
                RuleDiffTextWriter.Write(a, b, changes, new TerminalText(output));
            }

            return changes.Count == 0 ? ExitCodes.Success : Differ;
        });
        return command;
    }
}
