using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// Matches a balances file to a form version: every code must be an input line of the version, every
/// input without a default must have a figure, and each pool's target must be one valid choice.
/// </summary>
public static class BalancesBinder
{
    /// <summary>The inputs for <paramref name="form"/>; null with every problem reported when they are not complete and valid.</summary>
    public static StatementInputs? Bind(BalancesFile file, FormDefinition form, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var values = new Dictionary<LineKey, decimal>();
        var setBy = new Dictionary<LineKey, SourcePosition>();
        var version = $"{form.Info.Form} version {form.Info.Version}";

        foreach (var figure in file.Values)
        {
            var key = new LineKey(figure.Key.Value);
            if (!form.TryGetLine(key, out var line))
            {
                var suggestion = Spelling.Nearest(key.Value, form.Inputs.Select(l => l.Key.Value));
                diagnostics.Report(figure.Key.Start, DiagnosticCatalog.UnknownCode, key.Value, version,
                    suggestion is null ? "" : $" (did you mean {suggestion}?)");
            }
            else if (line.Kind == LineKind.Formula)
            {
                diagnostics.Report(figure.Key.Start, DiagnosticCatalog.ComputedLineGiven, key.Value, line.Label, line.Formula!.Text);
            }
            else
            {
                values[key] = figure.Value;
                setBy[key] = figure.Key.Start;
            }
        }

        SignCheck.Check(file, form, diagnostics);
        BindTargets(file, form, values, setBy, diagnostics, version);
        var supplementals = BindSupplementals(file, form, diagnostics, version);
        var filed = BindFiled(file, form, diagnostics, version);

        var missing = form.Inputs.Where(l => !values.ContainsKey(l.Key) && l.Default is null).Select(l => l.Key.Value).ToArray();
        if (missing.Length > 0)
        {
            diagnostics.Report(file.ValuesPosition, DiagnosticCatalog.MissingInputs, missing.Length, version, string.Join(", ", missing));
        }

        if (diagnostics.Items.Count != before)
        {
            return null;
        }

        foreach (var line in form.Inputs.Where(l => !values.ContainsKey(l.Key)))
        {
            values[line.Key] = line.Default!.Value;
        }

        return new StatementInputs(file, form, values) { Supplementals = supplementals, Filed = filed };
    }

    private static Dictionary<LineKey, decimal> BindFiled(BalancesFile file, FormDefinition form, DiagnosticBag diagnostics, string version)
    {
        var filed = new Dictionary<LineKey, decimal>();
        foreach (var figure in file.Filed)
        {
            var key = new LineKey(figure.Key.Value);
            if (form.TryGetLine(key, out var line) && line.Kind != LineKind.Supplemental)
            {
                filed[key] = figure.Value;
                continue;
            }

            var suggestion = Spelling.Nearest(key.Value, form.Lines.Select(l => l.Key.Value));
            diagnostics.Report(figure.Key.Start, DiagnosticCatalog.UnknownCode, key.Value, version,
                suggestion is null ? "" : $" (did you mean {suggestion}?)");
        }

        return filed;
    }

    private static Dictionary<LineKey, decimal> BindSupplementals(BalancesFile file, FormDefinition form, DiagnosticBag diagnostics, string version)
    {
        var supplementals = new Dictionary<LineKey, decimal>();
        foreach (var figure in file.Supplementals)
        {
            var key = new LineKey(figure.Key.Value);
            if (form.TryGetLine(key, out var line) && line.Kind == LineKind.Supplemental)
            {
                supplementals[key] = figure.Value;
                continue;
            }

            var known = form.Supplementals.Select(l => l.Key.Value).ToArray();
            var suggestion = Spelling.Nearest(key.Value, known);
            diagnostics.Report(figure.Key.Start, DiagnosticCatalog.UnknownCode, key.Value, $"{version}'s supplemental figures",
                suggestion is not null ? $" (did you mean {suggestion}?)" : known.Length == 0 ? " (it has none)" : $" ({string.Join(", ", known)})");
        }

        return supplementals;
    }

    private static void BindTargets(BalancesFile file, FormDefinition form, Dictionary<LineKey, decimal> values,
        Dictionary<LineKey, SourcePosition> setBy, DiagnosticBag diagnostics, string version)
    {
        var pools = form.Targets.ToDictionary(t => t.Pool, StringComparer.Ordinal);
        foreach (var entry in file.Targets)
        {
            if (!pools.TryGetValue(entry.Pool.Value, out var target))
            {
                diagnostics.Report(entry.Pool.Start, DiagnosticCatalog.UnknownPool, entry.Pool.Value, version,
                    pools.Count == 0 ? "none (this version has no residual interest targets)" : string.Join(", ", pools.Keys));
                continue;
            }

            if (TargetProblem(entry) is { } problem)
            {
                diagnostics.Report(entry.Choice.Start, DiagnosticCatalog.BadTarget, $"{entry.Pool.Value}.{entry.Choice.Value}: {problem}");
                continue;
            }

            foreach (var (line, figure) in target.LinesOf(entry.Choice.Value).Zip(entry.Figures))
            {
                if (setBy.TryGetValue(line, out var given))
                {
                    diagnostics.Report(entry.Choice.Start, DiagnosticCatalog.BadTarget,
                        $"line {line} is set both under values (line {given.Line}) and by targets.{entry.Pool.Value}: give it in one place");
                    continue;
                }

                values[line] = figure;
            }
        }

        var named = file.Targets.Select(t => t.Pool.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var target in form.Targets.Where(t => !named.Contains(t.Pool) && !t.AllLines.Any(setBy.ContainsKey)))
        {
            diagnostics.Report(file.ValuesPosition, DiagnosticCatalog.MissingTarget, target.Pool, version,
                $"e.g. targets: {{ {target.Pool}: {{ percent: 5 }} }}; choices: {string.Join(", ", ResidualInterestTarget.ChoiceNames)}");
        }
    }

    private static string? TargetProblem(TargetEntry entry)
    {
        var isPercent = entry.Choice.Value.StartsWith("percent", StringComparison.Ordinal);
        if (entry.Figures.Any(f => f < 0))
        {
            return "a target cannot be negative";
        }

        if (isPercent && entry.Figures.Any(f => f > 100))
        {
            return "a percentage is at most 100";
        }

        return entry.Figures is [var low, var high] && low > high ? $"the low end {low} is above the high end {high}" : null;
    }
}
