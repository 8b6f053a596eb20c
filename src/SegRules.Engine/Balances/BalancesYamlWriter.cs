using System.Globalization;
using System.Text;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// Writes balances as a YAML balances file that <see cref="BalancesReader"/> reads back to the same
/// figures: firm, as_of, form, targets, then values and filed in the form's printed order.
/// </summary>
public static class BalancesYamlWriter
{
    /// <summary>The YAML text of <paramref name="file"/>, its lines ordered as <paramref name="form"/> prints them, under <paramref name="comments"/>.</summary>
    public static string Write(BalancesFile file, FormDefinition form, IEnumerable<string> comments)
    {
        var text = new StringBuilder();
        foreach (var comment in comments)
        {
            text.Append("# ").Append(comment).Append('\n');
        }

        text.Append("firm: ").Append(Quoted(file.Firm ?? "")).Append('\n');
        text.Append("as_of: ").Append(file.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("form: ").Append(file.Form).Append('\n');
        if (file.Statements is { } statements)
        {
            text.Append("statements: [").Append(string.Join(", ", statements.Select(s => Quoted(s.Value)))).Append("]\n");
        }

        if (file.Targets.Count > 0)
        {
            text.Append("targets:\n");
            foreach (var target in file.Targets)
            {
                var figures = target.Figures.Select(Figure).ToArray();
                text.Append($"  {target.Pool.Value}: {{ {target.Choice.Value}: {(figures.Length == 1 ? figures[0] : $"[{string.Join(", ", figures)}]")} }}\n");
            }
        }

        Section(text, "values", file.Values, form);
        Section(text, "supplemental", file.Supplementals, form);
        Section(text, "filed", file.Filed, form);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string name, IReadOnlyList<BalanceFigure> figures, FormDefinition form)
    {
        if (figures.Count == 0)
        {
            return;
        }

        var order = form.Lines.Concat(form.Supplementals).Select((l, i) => (l.Key.Value, i)).ToDictionary(x => x.Value, x => x.i, StringComparer.Ordinal);
        text.Append(name).Append(":\n");
        foreach (var figure in figures.OrderBy(f => order.GetValueOrDefault(f.Key.Value, int.MaxValue)))
        {
            text.Append("  ").Append(figure.Key.Value).Append(": ").Append(Figure(figure.Value)).Append('\n');
        }
    }

    private static string Figure(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
