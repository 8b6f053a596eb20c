using System.Globalization;
using System.Net;
using System.Text;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Docs;

/// <summary>
/// A small SVG of which formula lines feed which: one box per formula line, in columns by depth (a line
/// that reads only inputs is in the first column), an arrow from each formula line to every formula
/// line that reads it, and the count of input lines each reads in its box.
/// </summary>
public static class DependencyGraphSvg
{
    private const int BoxWidth = 150;
    private const int BoxHeight = 22;
    private const int ColumnGap = 60;
    private const int RowGap = 8;
    private const int Margin = 10;

    /// <summary>The SVG text for <paramref name="form"/>.</summary>
    public static string Render(FormDefinition form)
    {
        var formulas = form.Lines.Where(l => l.Formula is not null).ToArray();
        var formulaKeys = formulas.Select(l => l.Key).ToHashSet();
        var depth = new Dictionary<LineKey, int>();
        foreach (var line in form.EvaluationOrder)
        {
            depth[line.Key] = line.Formula!.References.Where(formulaKeys.Contains).Select(r => depth[r] + 1).DefaultIfEmpty(0).Max();
        }

        var place = new Dictionary<LineKey, (int X, int Y)>();
        foreach (var column in formulas.GroupBy(l => depth[l.Key]))
        {
            var row = 0;
            foreach (var line in column)
            {
                place[line.Key] = (Margin + column.Key * (BoxWidth + ColumnGap), Margin + row++ * (BoxHeight + RowGap));
            }
        }

        var width = place.Count == 0 ? 2 * Margin : place.Values.Max(p => p.X) + BoxWidth + Margin;
        var height = place.Count == 0 ? 2 * Margin : place.Values.Max(p => p.Y) + BoxHeight + Margin;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append("<title>Which formula lines feed which</title>\n");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#777\"/></marker></defs>\n");
        foreach (var line in formulas)
        {
            var (x, y) = place[line.Key];
            foreach (var read in line.Formula!.References.Where(formulaKeys.Contains))
            {
                var (fromX, fromY) = place[read];
                svg.Append(CultureInfo.InvariantCulture,
                    $"<line x1=\"{fromX + BoxWidth}\" y1=\"{fromY + BoxHeight / 2}\" x2=\"{x}\" y2=\"{y + BoxHeight / 2}\" stroke=\"#777\" marker-end=\"url(#arrow)\"/>\n");
            }
        }

        foreach (var line in formulas)
        {
            var (x, y) = place[line.Key];
            var inputs = line.Formula!.References.Count(r => !formulaKeys.Contains(r));
            var text = $"{line.Key.AsReference}{(line.PrintedLine is { } printed ? " line " + printed : "")}{(inputs > 0 ? $" ({inputs} in)" : "")}";
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{WebUtility.HtmlEncode(line.Label)}</title>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"4\" fill=\"#eef\" stroke=\"#446\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6}\" y=\"{y + 15}\">{WebUtility.HtmlEncode(text)}</text></g>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
