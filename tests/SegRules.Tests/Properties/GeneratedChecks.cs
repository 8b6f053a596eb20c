using System.Globalization;
using System.Text;

namespace SegRules.Tests.Properties;

/// <summary>
/// Random checks over a random rule set: conditions on lines, on supplemental figures (given or not)
/// and on earlier checks, each with a figure in its message. Printed whole for a readable counterexample.
/// </summary>
/// <param name="Rules">The lines and balances.</param>
/// <param name="Checks">The checks: id, condition, message figure.</param>
/// <param name="Supplementals">The supplemental figures declared, and the ones the balances give.</param>
public sealed record GeneratedChecks(GeneratedRuleSet Rules, IReadOnlyList<(string Id, Term When, Term Figure)> Checks, IReadOnlyDictionary<string, decimal?> Supplementals)
{
    /// <summary>The page files: the rule set's pages, the first with the supplemental figures and checks appended.</summary>
    public IReadOnlyList<(string Name, string Text)> Pages
    {
        get
        {
            var pages = Rules.Pages.ToArray();
            var extra = new StringBuilder();
            if (Supplementals.Count > 0)
            {
                extra.Append("supplemental:\n").Append(string.Concat(Supplementals.Keys.Select(id => $"  - id: {id}\n    label: Figure {id}\n")));
            }

            if (Checks.Count > 0)
            {
                extra.Append("checks:\n").Append(string.Concat(Checks.Select(c =>
                    $"  - id: {c.Id}\n    title: Check {c.Id}\n    when: \"{c.When}\"\n    severity: warning\n    message: \"value {{{c.Figure}:N2}}\"\n")));
            }

            pages[0] = (pages[0].Name, pages[0].Text + extra);
            return pages;
        }
    }

    /// <summary>The balances: the rule set's, plus the supplemental figures given.</summary>
    public string BalancesYaml
    {
        get
        {
            var given = Supplementals.Where(s => s.Value is not null).ToArray();
            return Rules.BalancesYaml + (given.Length == 0 ? "" : "supplemental:\n" + string.Concat(given.Select(s => $"  {s.Key}: {s.Value!.Value.ToString(CultureInfo.InvariantCulture)}\n")));
        }
    }

    public override string ToString() =>
        $"{Rules}\n# checks appended to {Pages[0].Name}\n{Pages[0].Text[Rules.Pages[0].Text.Length..]}\n# balances.yaml\n{BalancesYaml}";
}
