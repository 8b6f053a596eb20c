using System.Globalization;
using System.Text;
using SegRules.Engine.Balances;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Regression;

/// <summary>
/// Writes an evaluation as a regression case for a version's <c>tests/</c> folder (what
/// <see cref="RegressionCaseReader"/> reads): the balances given, and as expected the lines named
/// (each pool's excess and excess over target, and any others asked for), the checks that fired and
/// the checks that held.
/// </summary>
public static class RegressionCaseWriter
{
    /// <summary>The case's YAML text.</summary>
    /// <param name="name">The case's name.</param>
    /// <param name="description">What it pins down.</param>
    /// <param name="balances">The balances given.</param>
    /// <param name="evaluation">Their evaluation, whose figures and findings are expected.</param>
    /// <param name="lines">The lines to expect, besides each pool's excess lines.</param>
    public static string Write(string name, string description, BalancesFile balances, Evaluation evaluation, IEnumerable<string> lines)
    {
        var form = evaluation.Form;
        var text = new StringBuilder();
        text.Append("name: ").Append(Quoted(name)).Append('\n');
        text.Append("description: ").Append(Quoted(description)).Append('\n');
        text.Append("balances:\n");
        foreach (var line in BalancesYamlWriter.Write(balances, form, []).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append("  ").Append(line).Append('\n');
        }

        var pools = Engine.Store.PoolLines.DailySeg.SelectMany(p => new[] { p.Excess, p.OverTarget });
        var expected = pools.Concat(lines).Distinct(StringComparer.Ordinal)
            .Select(code => new LineKey(code))
            .Where(key => form.TryGetLine(key, out var line) && line.Kind != LineKind.Supplemental)
            .OrderBy(key => key)
            .ToArray();
        text.Append("expect:\n  lines:\n");
        foreach (var key in expected)
        {
            text.Append("    ").Append(key.Value).Append(": ").Append(evaluation.Values[key].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        var outcomes = evaluation.CheckOutcomes;
        text.Append("  fired: [").Append(string.Join(", ", outcomes.Where(o => o.Value == true).Select(o => o.Key.Value))).Append("]\n");
        text.Append("  not_fired: [").Append(string.Join(", ", outcomes.Where(o => o.Value == false).Select(o => o.Key.Value))).Append("]\n");
        return text.ToString();
    }

    private static string Quoted(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }
}
