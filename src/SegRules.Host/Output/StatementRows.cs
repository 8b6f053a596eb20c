using SegRules.Engine.Evaluate;

namespace SegRules.Host.Output;

/// <summary>
/// The statement as analysts keep it in a spreadsheet: one row per line with its page, printed line
/// number, label, code (or id) and value, plus the filed figure and the difference when the balances
/// carry filed figures. Shared by the CSV and Excel exports so both have the same columns.
/// </summary>
public static class StatementRows
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns(Evaluation evaluation) =>
        HasFiled(evaluation) ? ["page", "line", "label", "code", "value", "filed", "difference"] : ["page", "line", "label", "code", "value"];

    /// <summary>Each line's cells under <see cref="Columns"/>: text, or a figure; null for a blank cell.</summary>
    public static IEnumerable<object?[]> Rows(Evaluation evaluation)
    {
        var filed = evaluation.Inputs.Filed;
        foreach (var page in evaluation.Pages)
        {
            foreach (var line in page.Lines)
            {
                var value = evaluation.Values[line.Key];
                object?[] cells = [page.Title, line.PrintedLine, line.Label, line.Key.Value, value];
                yield return !HasFiled(evaluation) ? cells
                    : filed.TryGetValue(line.Key, out var printed) ? [.. cells, printed, printed - value]
                    : [.. cells, null, null];
            }
        }
    }

    private static bool HasFiled(Evaluation evaluation) => evaluation.Inputs.Filed.Count > 0;
}
