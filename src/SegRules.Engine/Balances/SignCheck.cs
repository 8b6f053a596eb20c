using System.Globalization;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// Refuses an input figure given with a sign the form never prints it with (a deduction written
/// positive), at the figure, naming the line and the figure to write. A figure a filing printed is
/// the exception: when the balances carry the same figure under <c>filed</c> for that line, it is
/// read as printed and the rules' <c>filed_sign_CODE</c> check reports it as a finding instead.
/// </summary>
public static class SignCheck
{
    /// <summary>Reports every figure of <paramref name="file"/>'s values whose sign <paramref name="form"/> rules out.</summary>
    public static void Check(BalancesFile file, FormDefinition form, DiagnosticBag diagnostics)
    {
        var printed = file.Filed.GroupBy(f => f.Key.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        foreach (var figure in file.Values.Where(f => f.Value > 0))
        {
            if (!form.TryGetLine(new LineKey(figure.Key.Value), out var line) || line is not { Kind: LineKind.Input, Sign: LineSign.Negative })
            {
                continue;
            }

            if (printed.TryGetValue(figure.Key.Value, out var filed) && filed == figure.Value)
            {
                continue;
            }

            var printedAs = line.PrintedLine is null ? "" : $"line {line.PrintedLine}, ";
            diagnostics.Report(figure.Key.Start, DiagnosticCatalog.WrongSign, figure.Key.Value,
                (-figure.Value).ToString(CultureInfo.InvariantCulture), printedAs + line.Label);
        }
    }
}
