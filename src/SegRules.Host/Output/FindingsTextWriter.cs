using SegRules.Engine.Evaluate;

namespace SegRules.Host.Output;

/// <summary>Prints an evaluation's findings under the statement: most severe first, each with its rule, action and deadline.</summary>
public static class FindingsTextWriter
{
    // Fired findings first, the worst first; otherwise in declaration order (Order is stable).
    private static readonly IComparer<Finding> FiredFirstWorstFirst = Comparer<Finding>.Create((a, b) =>
        a.Status == b.Status ? ((int)b.Severity).CompareTo((int)a.Severity) : a.Status == FindingStatus.Fired ? -1 : b.Status == FindingStatus.Fired ? 1 : 0);

    /// <summary>Writes the findings of <paramref name="evaluation"/> to <paramref name="output"/>.</summary>
    public static void Write(Evaluation evaluation, TextWriter output)
    {
        output.WriteLine();
        var fired = evaluation.Findings.Count(f => f.Status == FindingStatus.Fired);
        output.WriteLine($"FINDINGS ({fired} fired of {evaluation.Form.Checks.Count()} checks)");
        if (evaluation.Findings.Count == 0)
        {
            output.WriteLine("  None: every check held.");
            return;
        }

        foreach (var finding in evaluation.Findings.Order(FiredFirstWorstFirst))
        {
            var severity = finding.Status == FindingStatus.Fired ? finding.Severity.ToString().ToUpperInvariant() : "NOT EVALUATED";
            output.WriteLine();
            output.WriteLine($"  {severity} {finding.Check}: {finding.Title}");
            output.WriteLine($"    {finding.Message}");
            if (finding.Status == FindingStatus.Fired)
            {
                WriteField(output, "Action", finding.Action);
                WriteField(output, "Deadline", finding.Deadline);
            }

            WriteField(output, "Rule", finding.Citation);
        }
    }

    private static void WriteField(TextWriter output, string name, string? value)
    {
        if (value is not null)
        {
            output.WriteLine($"    {name}: {value}");
        }
    }
}
