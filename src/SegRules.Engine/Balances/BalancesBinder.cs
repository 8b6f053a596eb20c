using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// Matches a balances file to a form version: every code must be an input line of the version, every
/// input without a default must have a figure, and each pool's target must be one valid choice; a
/// file that lists its statements needs only theirs.
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
        var held = StatementsBinder.Bind(file, form, diagnostics);

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
        TargetBinder.Bind(file, form, values, setBy, pool => held.HoldsPool(form, pool), diagnostics);
        var supplementals = BindSupplementals(file, form, diagnostics, version);
        var filed = BindFiled(file, form, diagnostics, version);

        var missing = form.Inputs.Where(l => held.HoldsLine(l.Key) && !values.ContainsKey(l.Key) && l.Default is null).Select(l => l.Key.Value).ToArray();
        if (missing.Length > 0)
        {
            diagnostics.Report(file.ValuesPosition, DiagnosticCatalog.MissingInputs, missing.Length, version, string.Join(", ", missing));
        }

        if (diagnostics.Items.Count != before)
        {
            return null;
        }

        // The inputs of a statement not held are not evaluated; the evaluator still needs a figure for each.
        foreach (var line in form.Inputs.Where(l => !values.ContainsKey(l.Key)))
        {
            values[line.Key] = line.Default ?? 0m;
        }

        return new StatementInputs(file, form, values) { Supplementals = supplementals, Filed = filed, Held = held };
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
}
