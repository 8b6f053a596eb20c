using System.CommandLine;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules show ID</c>: one stored evaluation as the statement it was, with its findings, on the rule set it ran on.</summary>
public static class ShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<long>("id") { Description = "The evaluation's id (see segrules history)." };
        var format = CommonOptions.Format();
        var db = CommonOptions.Database();
        var command = new Command("show", "Show one stored evaluation as its statement, with its findings and where it came from; the values are the stored ones, not recomputed.")
        {
            id, format, db,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db) ?? DefaultDatabase.Path;
            var wanted = parse.GetValue(id);
            if (!StoreAccess.TryUse(path, readOnly: true, error, store => store.Get(wanted) is { } r ? (Record: r, Snapshot: store.RuleSet(r.RulesetHash)) : default, out var found))
            {
                return ExitCodes.UserError;
            }

            if (found.Record is not { } record)
            {
                error.WriteLine($"segrules: there is no evaluation {wanted} in {path}: 'segrules history' lists them");
                return ExitCodes.UserError;
            }

            var diagnostics = new DiagnosticBag();
            var form = SnapshotRules.For(record, found.Snapshot, diagnostics);
            var evaluation = form is null ? null : StoredEvaluation.Restore(record, form, diagnostics);
            if (evaluation is null)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), error, $"evaluation {wanted} cannot be shown: {path} is damaged.");
                return ExitCodes.UserError;
            }

            var stored = new StoredAs(path, record.Id, record);
            if (parse.GetValue(format) == "json")
            {
                EvaluationJsonWriter.Write(evaluation, stored, output);
            }
            else
            {
                StatementTextWriter.Write(evaluation, stored, new TerminalText(output));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
