using System.CommandLine;
using SegRules.Engine.Store;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary><c>segrules history</c>: the stored evaluations, newest first, with each pool's excess against its target.</summary>
public static class HistoryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var filter = new RecordFilter();
        var format = CommonOptions.Format("text", "json", "csv");
        var db = CommonOptions.Database();
        var command = new Command("history", "List stored evaluations, newest first: date, firm, version, each pool's excess and excess over target, worst finding; with a chart of excess against target.")
        {
            format, db,
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

            var rows = found.Records.Select(HistoryRow.Of).ToArray();
            switch (parse.GetValue(format))
            {
                case "json":
                    HistoryJsonWriter.Write(rows, output);
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
        HistoryTableWriter.Write(rows, output);
        output.WriteLine();
        HistoryChartWriter.Write(rows, output);
    }
}
