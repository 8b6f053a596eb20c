using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// Binds a balances file's <c>statements</c> list to a form version: every name a statement of the
/// version, and no figure, filed figure, supplemental figure or target given for a statement the list
/// leaves out (a holiday file that still carries one is more likely wrong than meant).
/// </summary>
internal static class StatementsBinder
{
    /// <summary>The statements <paramref name="file"/> holds, every problem with them reported.</summary>
    public static HeldStatements Bind(BalancesFile file, FormDefinition form, DiagnosticBag diagnostics)
    {
        if (file.Statements is not { } listed)
        {
            return HeldStatements.Every(form);
        }

        var ids = HeldStatements.StatementIds(form);
        var names = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        foreach (var name in listed)
        {
            if (!ids.Contains(name.Value))
            {
                var suggestion = Spelling.Nearest(name.Value, ids);
                diagnostics.Report(name.Start, DiagnosticCatalog.UnknownStatement, name.Value, $"{form.Info.Form} version {form.Info.Version}",
                    string.Join(", ", ids) + (suggestion is null ? "" : $" (did you mean {suggestion}?)"));
            }
            else if (names.TryGetValue(name.Value, out var first))
            {
                diagnostics.Report(name.Start, DiagnosticCatalog.DuplicateKey, name.Value, first.Start.Line, first.Start.Column);
            }
            else
            {
                names.Add(name.Value, name);
            }
        }

        if (listed.Count == 0)
        {
            diagnostics.Report(file.StatementsPosition ?? file.ValuesPosition, DiagnosticCatalog.NoStatements, string.Join(", ", ids));
        }

        var held = HeldStatements.Of(form, names.Keys);
        if (!held.All)
        {
            RefuseNotHeld(file, form, held, diagnostics);
        }

        return held;
    }

    private static void RefuseNotHeld(BalancesFile file, FormDefinition form, HeldStatements held, DiagnosticBag diagnostics)
    {
        var lists = string.Join(", ", held.Names!);
        foreach (var figure in file.Values.Concat(file.Filed).Concat(file.Supplementals))
        {
            var key = new LineKey(figure.Key.Value);
            if (!held.HoldsLine(key) && StatementOf(form, key) is { } statement)
            {
                diagnostics.Report(figure.Key.Start, DiagnosticCatalog.StatementNotHeld, $"line {key}", statement, lists);
            }
        }

        foreach (var target in file.Targets.Where(t => form.Targets.Any(f => f.Pool == t.Pool.Value) && !held.HoldsPool(form, t.Pool.Value)))
        {
            diagnostics.Report(target.Pool.Start, DiagnosticCatalog.StatementNotHeld, $"the target of pool '{target.Pool.Value}'", target.Pool.Value, lists);
        }
    }

    /// <summary>The statement <paramref name="key"/> belongs to: its page, or for a cover page target line its pool; null when the form has no such line.</summary>
    private static string? StatementOf(FormDefinition form, LineKey key)
    {
        if (form.Targets.FirstOrDefault(t => t.AllLines.Contains(key)) is { } target)
        {
            return target.Pool;
        }

        return form.Pages.FirstOrDefault(p => p.Lines.Concat(p.Supplementals).Any(l => l.Key == key))?.Id;
    }
}
