using System.Text;
using SegRules.Tests.Support;

namespace SegRules.Tests.Properties;

/// <summary>
/// A random acyclic rule set and balances for it, as text: the manifest, one or two page files and a
/// balances file. Printed whole (<see cref="ToString"/>) so a shrunk counterexample can be read and replayed.
/// </summary>
/// <param name="Lines">The lines in printed order.</param>
/// <param name="PageBreak">Where the second page starts in <paramref name="Lines"/>; 0 for one page.</param>
/// <param name="Balances">A figure for every input, except some inputs with a default.</param>
public sealed record GeneratedRuleSet(IReadOnlyList<GeneratedLine> Lines, int PageBreak, IReadOnlyDictionary<string, decimal> Balances)
{
    /// <summary>The page files: name and text.</summary>
    public IReadOnlyList<(string Name, string Text)> Pages => PageBreak == 0
        ? [Page(1, Lines)]
        : [Page(1, Lines.Take(PageBreak)), Page(2, Lines.Skip(PageBreak))];

    /// <summary>The balances file's text.</summary>
    public string BalancesYaml => RuleFolder.Balances(Lines.Where(l => Balances.ContainsKey(l.Key)).Select(l => (l.Key, Balances[l.Key])));

    public override string ToString()
    {
        var text = new StringBuilder().AppendLine().AppendLine("# manifest.yaml").Append(RuleFolder.Manifest(Pages.Select(p => p.Name)));
        foreach (var (name, page) in Pages)
        {
            text.AppendLine().AppendLine($"# {name}").Append(page);
        }

        return text.AppendLine().AppendLine("# balances.yaml").Append(BalancesYaml).ToString();
    }

    private static (string Name, string Text) Page(int number, IEnumerable<GeneratedLine> lines) =>
        ($"page{number}.yaml", $"page: page{number}\ntitle: Page {number}\nlines:\n" + string.Concat(lines.Select(l => l.Yaml())));
}
