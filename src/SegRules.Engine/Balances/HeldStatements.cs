using System.Runtime.CompilerServices;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// The statements a balances file holds: all of the form's, or (on a U.S. bank holiday when foreign
/// markets are open, when only the 30.7 and cleared swaps statements are due: NFA Notice I-12-36)
/// only those it lists under <c>statements</c>. A statement is a page that carries no cover page
/// target line; the cover page is held for the pools whose statement is held. Lines, checks and
/// supplemental figures of a statement not held are neither required, evaluated nor stored.
/// </summary>
public sealed class HeldStatements
{
    // Every statement of a form, and the statement ids of a form: the same for every file, so worked out once per form.
    private static readonly ConditionalWeakTable<FormDefinition, HeldStatements> EveryOf = new();
    private static readonly ConditionalWeakTable<FormDefinition, string[]> StatementIdsOf = new();

    private readonly HashSet<string>? _names;
    private readonly HashSet<LineKey> _lines;
    private readonly HashSet<LineKey> _checks;

    private HeldStatements(FormDefinition form, IReadOnlyCollection<string>? names)
    {
        _names = names is null ? null : new HashSet<string>(names, StringComparer.Ordinal);
        Pages = form.Pages.Select(p => Held(form, p)).OfType<Page>().ToArray();
        _lines = Pages.SelectMany(p => p.Lines.Concat(p.Supplementals)).Select(l => l.Key).ToHashSet();
        _checks = Pages.SelectMany(p => p.Checks).Select(c => c.Id).ToHashSet();
    }

    /// <summary>True when the file holds every statement of the form (it listed none, or all).</summary>
    public bool All => _names is null;

    /// <summary>The names of the statements held, in page order; null when all are.</summary>
    public IReadOnlyList<string>? Names { get; private set; }

    /// <summary>The pages held, in form order, the cover page cut to the target lines of the pools held.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Every statement of <paramref name="form"/>.</summary>
    public static HeldStatements Every(FormDefinition form) => EveryOf.GetValue(form, f => new(f, null));

    /// <summary>
    /// The statements <paramref name="names"/> of <paramref name="form"/> (each a statement id, see
    /// <see cref="StatementIds"/>); every statement when <paramref name="names"/> is null or names all.
    /// </summary>
    public static HeldStatements Of(FormDefinition form, IReadOnlyCollection<string>? names)
    {
        var ids = StatementIds(form);
        if (names is null || ids.All(names.Contains))
        {
            return Every(form);
        }

        return new HeldStatements(form, names) { Names = ids.Where(names.Contains).ToArray() };
    }

    /// <summary>The ids a balances file may list under <c>statements</c>: every page that carries no cover page target line.</summary>
    public static IReadOnlyList<string> StatementIds(FormDefinition form) => StatementIdsOf.GetValue(form, f =>
    {
        var targetLines = f.Targets.SelectMany(t => t.AllLines).ToHashSet();
        return f.Pages.Where(p => !p.Lines.Any(l => targetLines.Contains(l.Key))).Select(p => p.Id).ToArray();
    });

    /// <summary>True when line or supplemental figure <paramref name="key"/> is on a page held.</summary>
    public bool HoldsLine(LineKey key) => _lines.Contains(key);

    /// <summary>True when check <paramref name="id"/> is on a page held.</summary>
    public bool HoldsCheck(LineKey id) => _checks.Contains(id);

    /// <summary>True when the statement of pool <paramref name="pool"/> is held (a pool with no statement of its own always is).</summary>
    public bool HoldsPool(FormDefinition form, string pool) => _names is null || _names.Contains(pool) || !StatementIds(form).Contains(pool);

    private Page? Held(FormDefinition form, Page page)
    {
        if (_names is null || _names.Contains(page.Id))
        {
            return page;
        }

        var targets = form.Targets.Where(t => HoldsPool(form, t.Pool)).SelectMany(t => t.AllLines).ToHashSet();
        var lines = page.Lines.Where(l => targets.Contains(l.Key)).ToArray();
        return lines.Length == 0 || StatementIds(form).Contains(page.Id) ? null : page with { Lines = lines, Checks = [], Supplementals = [] };
    }
}
