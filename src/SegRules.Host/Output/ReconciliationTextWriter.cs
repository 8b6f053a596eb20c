using SegRules.Engine.Evaluate;
using SegRules.Engine.Reconcile;

namespace SegRules.Host.Output;

/// <summary>Prints a reconciliation: each line whose filed figure disagrees, filed against computed, where it comes from and what it feeds.</summary>
public static class ReconciliationTextWriter
{
    /// <summary>Writes the report of <c>segrules reconcile</c>: what was reconciled, the differences, then the findings.</summary>
    public static void Write(Reconciliation reconciliation, TextWriter output)
    {
        var evaluation = reconciliation.Evaluation;
        output.WriteLine($"Reconciliation of {evaluation.Inputs.Source.Path} ({evaluation.Form.Info.Title})");
        StatementTextWriter.WriteHeading(evaluation, output);
        WriteDifferences(reconciliation, output);
        FindingsTextWriter.Write(evaluation, output);
    }

    /// <summary>Writes the differences section, also printed under a statement whose balances carry filed figures.</summary>
    public static void WriteDifferences(Reconciliation reconciliation, TextWriter output)
    {
        var form = reconciliation.Evaluation.Form;
        output.WriteLine();
        output.WriteLine(reconciliation.Agrees
            ? $"RECONCILIATION: all {reconciliation.Compared} filed figures agree with the rules"
            : $"RECONCILIATION: {reconciliation.Differences.Count} of {reconciliation.Compared} filed figures disagree with the rules");
        foreach (var difference in reconciliation.Differences)
        {
            output.WriteLine();
            var line = difference.PrintedLine is null ? "" : $" line {difference.PrintedLine}";
            output.WriteLine($"  [{difference.Key}]{line} {difference.Label}");
            output.WriteLine(difference.DiffersFromComputed
                ? $"    filed {Figure(difference.Filed)}, computed {Figure(difference.Computed)} from the filed inputs: difference {Figure(difference.Difference)}"
                : $"    filed {Figure(difference.Filed)}, the same as computed from the filed inputs");
            if (difference.BreaksFiledArithmetic)
            {
                output.WriteLine($"    {form[difference.Key].Formula!.Text} on the filed figures gives {Figure(difference.FromFiledLines!.Value)}: difference {Figure(difference.FiledArithmeticDifference!.Value)}");
            }

            if (difference.Causes.Count > 0)
            {
                output.WriteLine($"    follows from filed {string.Join(", ", difference.Causes.Select(k => k.AsReference))}, which {(difference.Causes.Count == 1 ? "disagrees" : "disagree")} with the rules");
            }

            if (difference.DiffersFromComputed && difference.Dependents.Count > 0)
            {
                output.WriteLine($"    lines computed from it: {string.Join(", ", difference.Dependents.Select(k => k.AsReference))}");
            }
        }

        if (reconciliation.NotFiled.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"  Not compared (no filed figure): {string.Join(", ", reconciliation.NotFiled.Select(k => k.AsReference))}");
        }
    }

    private static string Figure(decimal value) => FigureFormat.Statement(value);
}
