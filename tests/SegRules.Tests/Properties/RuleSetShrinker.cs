namespace SegRules.Tests.Properties;

/// <summary>
/// Smaller variants of a failing rule set, biggest cuts first, each still valid and acyclic: one page,
/// fewer lines, simpler formulas, plainer figures. FsCheck keeps whichever still fails.
/// </summary>
public static class RuleSetShrinker
{
    public static IEnumerable<GeneratedRuleSet> Shrink(GeneratedRuleSet set)
    {
        if (set.PageBreak != 0)
        {
            yield return set with { PageBreak = 0 };
        }

        var read = set.Lines.SelectMany(l => l.Formula?.References ?? []).ToHashSet(StringComparer.Ordinal);
        for (var i = set.Lines.Count - 1; i >= 0 && set.Lines.Count > 1; i--)
        {
            if (!read.Contains(set.Lines[i].Key))
            {
                yield return Without(set, i);
            }
        }

        for (var i = 0; i < set.Lines.Count; i++)
        {
            var line = set.Lines[i];
            if (line.Formula is { } formula)
            {
                yield return Replace(set, i, line with { Formula = null }, 1m);
                foreach (var part in formula.NumberParts.DistinctBy(p => p.ToString()))
                {
                    yield return Replace(set, i, line with { Formula = part });
                }
            }
            else if (line.Default is { } fallback)
            {
                yield return Replace(set, i, line with { Default = null }, set.Balances.GetValueOrDefault(line.Key, fallback));
            }
        }

        foreach (var (key, value) in set.Balances)
        {
            foreach (var simpler in new[] { 0m, decimal.Truncate(value) }.Where(s => s != value).Distinct())
            {
                yield return set with { Balances = new Dictionary<string, decimal>(set.Balances) { [key] = simpler } };
            }
        }
    }

    private static GeneratedRuleSet Without(GeneratedRuleSet set, int index)
    {
        var lines = set.Lines.Where((_, i) => i != index).ToArray();
        var pageBreak = index < set.PageBreak ? set.PageBreak - 1 : set.PageBreak;
        return new GeneratedRuleSet(lines, pageBreak == lines.Length ? 0 : pageBreak,
            set.Balances.Where(b => b.Key != set.Lines[index].Key).ToDictionary());
    }

    private static GeneratedRuleSet Replace(GeneratedRuleSet set, int index, GeneratedLine line, decimal? balance = null)
    {
        var balances = new Dictionary<string, decimal>(set.Balances);
        if (balance is { } figure)
        {
            balances[line.Key] = figure;
        }

        return set with { Lines = set.Lines.Select((l, i) => i == index ? line : l).ToArray(), Balances = balances };
    }
}
