using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// Binds the cover page targets of a balances file, however they were given (a <c>targets:</c>
/// choice, or the target lines' ids under <c>values:</c> or in table rows), through the one
/// <see cref="CoverPageRule"/>, so no source can bypass it.
/// </summary>
internal static class TargetBinder
{
    /// <summary>
    /// Replaces the target lines in <paramref name="values"/> with each pool's one valid choice, and
    /// reports targets of unknown pools, pools with no target, and every broken cover page rule.
    /// </summary>
    /// <param name="file">The balances file.</param>
    /// <param name="form">The version bound to.</param>
    /// <param name="values">The input figures given under values, target lines included.</param>
    /// <param name="setBy">Where each of <paramref name="values"/> was given.</param>
    /// <param name="required">The pools that must have a target (every pool unless the file holds only some statements).</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static void Bind(BalancesFile file, FormDefinition form, Dictionary<LineKey, decimal> values,
        IReadOnlyDictionary<LineKey, SourcePosition> setBy, Func<string, bool> required, DiagnosticBag diagnostics)
    {
        var version = $"{form.Info.Form} version {form.Info.Version}";
        var pools = form.Targets.ToDictionary(t => t.Pool, StringComparer.Ordinal);
        var given = form.Targets.ToDictionary(t => t.Pool, _ => new List<TargetFigure>(), StringComparer.Ordinal);
        foreach (var entry in file.Targets)
        {
            if (!pools.TryGetValue(entry.Pool.Value, out var target))
            {
                diagnostics.Report(entry.Pool.Start, DiagnosticCatalog.UnknownPool, entry.Pool.Value, version,
                    pools.Count == 0 ? "none (this version has no residual interest targets)" : string.Join(", ", pools.Keys));
                continue;
            }

            var lines = target.LinesOf(entry.Choice.Value);
            for (var i = 0; i < lines.Count && i < entry.Figures.Count; i++)
            {
                given[target.Pool].Add(new TargetFigure(lines[i], entry.Figures[i], entry.Choice.Start, Chosen: true));
            }
        }

        foreach (var target in form.Targets)
        {
            var figures = given[target.Pool];
            foreach (var line in target.AllLines.Where(values.ContainsKey))
            {
                figures.Add(new TargetFigure(line, values[line], setBy[line], Chosen: false));
                values.Remove(line);
            }

            if (figures.Count == 0)
            {
                if (required(target.Pool))
                {
                    diagnostics.Report(file.ValuesPosition, DiagnosticCatalog.MissingTarget, target.Pool, version,
                        $"e.g. targets: {{ {target.Pool}: {{ percent: 5 }} }}; choices: {string.Join(", ", ResidualInterestTarget.ChoiceNames)}");
                }

                continue;
            }

            var ordered = figures.OrderBy(f => f.At.File, StringComparer.Ordinal).ThenBy(f => f.At.Line).ThenBy(f => f.At.Column).ToArray();
            foreach (var (line, figure) in CoverPageRule.Resolve(target, ordered, diagnostics) ?? new Dictionary<LineKey, decimal>())
            {
                values[line] = figure;
            }
        }
    }
}
