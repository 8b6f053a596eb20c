using FsCheck;
using FsCheck.Fluent;

namespace SegRules.Tests.Properties;

/// <summary>Random checks and supplemental figures on top of <see cref="RuleSetGenerators"/>' rule sets.</summary>
public static class CheckGenerators
{
    /// <summary>Checks that shrink by dropping the last check, then by dropping every check.</summary>
    public static Arbitrary<GeneratedChecks> Sets { get; } = Arb.From(Set(), Shrink);

    private static Gen<GeneratedChecks> Set() =>
        from rules in RuleSetGenerators.RuleSets.Generator
        from supplementalCount in Gen.Choose(0, 2)
        let supplementals = Enumerable.Range(0, supplementalCount).Select(i => $"figure_{i}").ToArray()
        from given in Gen.CollectToArray(supplementals, _ => Gen.Frequency(
            (1, Gen.Constant((decimal?)null)), (2, RuleSetGenerators.Balance.Select(b => (decimal?)b))))
        from count in Gen.Choose(0, 6)
        from checks in Checks(count, rules.Lines.Select(l => l.Key).Concat(supplementals).ToArray())
        select new GeneratedChecks(rules, checks, supplementals.Zip(given).ToDictionary(x => x.First, x => x.Second));

    private static Gen<(string, Term, Term)[]> Checks(int count, IReadOnlyList<string> readable) =>
        Gen.CollectToArray(Enumerable.Range(0, count), i =>
            from depth in Gen.Choose(0, 2)
            from when in TermGenerators.Condition(depth, readable)
            from earlier in i == 0 ? Gen.Constant<string?>(null) : Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Choose(0, i - 1).Select(j => (string?)$"check_{j}")))
            from joiner in Gen.Elements("&&", "||")
            from negate in Gen.Elements(true, false)
            from figure in TermGenerators.Number(depth, readable)
            let reference = earlier is null ? null : negate ? Term.Prefix("!", Term.Reference(earlier)) : Term.Reference(earlier)
            select ($"check_{i}", reference is null ? when : Term.Infix(joiner, reference, when), figure));

    private static IEnumerable<GeneratedChecks> Shrink(GeneratedChecks set)
    {
        if (set.Checks.Count > 0)
        {
            yield return set with { Checks = set.Checks.Take(set.Checks.Count - 1).ToArray() };
        }

        foreach (var rules in RuleSetShrinker.Shrink(set.Rules).Take(20))
        {
            yield return new GeneratedChecks(rules, [], set.Supplementals);
        }
    }
}
