using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Engine.Reconcile;
using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>Prints an evaluation as the filed statement reads: page by page, line number, label, figure and [code].</summary>
public static class StatementTextWriter
{
    private const int LabelWidth = 70;
    private const int FigureWidth = 17;

    /// <summary>Writes the statement of <paramref name="evaluation"/> to <paramref name="output"/>.</summary>
    public static void Write(Evaluation evaluation, StoredAs? stored, TextWriter output)
    {
        var form = evaluation.Form;
        output.WriteLine(form.Info.Title);
        WriteHeading(evaluation, output);
        output.WriteLine(stored is null ? "Stored:  no (--no-store)" : $"Stored:  evaluation {stored.Id} in {stored.Database}");
        if (stored?.Record is { } record)
        {
            output.WriteLine($"Run:     {record.EvaluatedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC by {record.User} on {record.Host}, SegRules {record.EngineVersion}");
            output.WriteLine($"Source:  {record.SourceFile} (SHA-256 {SnapshotRules.Short(record.SourceHash)})");
        }

        foreach (var page in evaluation.Pages)
        {
            output.WriteLine();
            output.WriteLine(page.Title.ToUpperInvariant());
            if (page.Citation is not null)
            {
                output.WriteLine($"({page.Citation})");
            }

            string? section = null;
            foreach (var line in page.Lines)
            {
                if (line.Section is not null && line.Section != section)
                {
                    section = line.Section;
                    output.WriteLine();
                    output.WriteLine($"  {section}");
                }

                WriteLine(output, line, evaluation.Values[line.Key]);
            }
        }

        FindingsTextWriter.Write(evaluation, output);
        if (evaluation.Inputs.Filed.Count > 0)
        {
            ReconciliationTextWriter.WriteDifferences(Reconciler.Reconcile(evaluation), output);
        }
    }

    /// <summary>Writes the firm, the as-of date and the rules an evaluation ran on, one per line.</summary>
    public static void WriteHeading(Evaluation evaluation, TextWriter output)
    {
        var form = evaluation.Form;
        var source = evaluation.Inputs.Source;
        output.WriteLine($"Firm:    {source.Firm}");
        output.WriteLine($"As of:   {source.AsOf:yyyy-MM-dd}");
        output.WriteLine($"Rules:   {form.Info.Form} {form.Info.Version} (in force {form.Info.EffectivePeriod}), rule set {form.Hash[..12]}");
        if (!evaluation.Inputs.Held.All)
        {
            output.WriteLine($"Holds:   only the {string.Join(" and ", evaluation.Statements)} statements (as the balances list them)");
        }
    }

    private static void WriteLine(TextWriter output, LineDefinition line, decimal value)
    {
        var number = (line.PrintedLine ?? "").PadRight(5);
        var wrapped = Wrap(line.Label, LabelWidth);
        for (var i = 0; i < wrapped.Count - 1; i++)
        {
            output.WriteLine($"  {(i == 0 ? number : "     ")} {wrapped[i]}");
        }

        var code = line.Key.IsCode ? $"[{line.Key}]" : "";
        var last = wrapped[^1].PadRight(LabelWidth, wrapped.Count == 1 && line.Label.Length < LabelWidth - 2 ? '.' : ' ');
        output.WriteLine($"  {(wrapped.Count == 1 ? number : "     ")} {last} {FigureFormat.Statement(value),FigureWidth} {code}".TrimEnd());
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        lines.Add(current);
        return lines;
    }
}
