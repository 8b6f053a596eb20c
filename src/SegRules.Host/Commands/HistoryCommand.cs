using System.CommandLine;
using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Present;
using SegRules.Engine.Rules;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules history</c>: the stored evaluations, newest first, with each pool's excess against its
/// target; with <c>--line CODE</c>, that line's stored values as one series across versions, under
/// its key in the newest version of the rules (through each version's lineage.yaml).
/// </summary>
public static class HistoryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var filter = new RecordFilter();
        var format = CommonOptions.Format("text", "json", "csv");
        var db = CommonOptions.Database();
        var line = new Option<string?>("--line")
        {
            Description = "Follow this line (its code or id in the newest version of the rules) across versions as one series; a value stored under an older key (renumbered, merged...) says where it came from.",
        };
        var rules = CommonOptions.Rules();
        var command = new Command("history", "List stored evaluations, newest first: date, firm, version, each pool's excess and excess over target, worst finding; with a chart of excess against target.")
        {
            format, db, line, rules,
        };
        foreach (var option in filter.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (filter.Query(parse, error) is not { } query)
            {
                return ExitCodes.UserError;
            }

            var path = parse.GetValue(db) ?? DefaultDatabase.Path;
            if (!StoreAccess.TryUse(path, readOnly: true, error, store => (Records: store.Find(query), Firms: store.Firms()), out var found))
            {
                return ExitCodes.UserError;
            }

            IReadOnlyDictionary<string, LineSeries> series = new Dictionary<string, LineSeries>();
            if (parse.GetValue(line) is { } code)
            {
                if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
                {
                    return ExitCodes.UserError;
                }

                var diagnostics = new DiagnosticBag();
                var forms = found.Records.Select(r => r.Form).DefaultIfEmpty(BalancesReader.DefaultForm);
                if (LineSeries.FollowAll(new RuleRepository(directory), forms, code, diagnostics) is not { } followed)
                {
                    DiagnosticPrinter.Print(diagnostics.Sorted(), error, "nothing was listed.");
                    return ExitCodes.UserError;
                }

                series = followed;
            }

            var rows = found.Records.Select(r => HistoryRow.Of(r, series.GetValueOrDefault(r.Form))).ToArray();
            switch (parse.GetValue(format))
            {
                case "json":
                    ViewJson.Write(rows.Select(HistoryView.Of).ToArray(), output);
                    break;
                case "csv":
                    HistoryCsvWriter.Write(rows, output);
                    break;
                default:
                    WriteText(rows, query, found.Firms, path, new TerminalText(output));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(IReadOnlyList<HistoryRow> rows, EvaluationQuery query, IReadOnlyList<string> firms, string path, TextWriter output)
    {
        if (rows.Count == 0)
        {
            output.WriteLine($"No evaluations{RecordFilter.Describe(query)} in {path}.");
            if (query.Firm is not null && firms.Count > 0)
            {
                output.WriteLine($"Firms with evaluations: {string.Join("; ", firms)}");
            }

            return;
        }

        output.WriteLine($"{rows.Count} evaluation(s){RecordFilter.Describe(query)} in {path}, newest first");
        output.WriteLine();
        if (rows.Any(r => r.Line is not null))
        {
            HistorySeriesWriter.Write(rows, output);
            return;
        }

        HistoryTableWriter.Write(rows, output);
        output.WriteLine();
        HistoryChartWriter.Write(rows, output);
    }
}
