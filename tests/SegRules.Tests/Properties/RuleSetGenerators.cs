using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace SegRules.Tests.Properties;

/// <summary>
/// Random acyclic rule sets of 1-40 lines with balances. Lines are generated in a random
/// topological order (each formula reads only lines generated before it) and then printed in a
/// shuffled order, so formulas read lines declared both above and below them.
/// </summary>
public static class RuleSetGenerators
{
    /// <summary>Rule sets that shrink to smaller, still valid rule sets (see <see cref="RuleSetShrinker"/>).</summary>
    public static Arbitrary<GeneratedRuleSet> RuleSets { get; } = Arb.From(RuleSet(), RuleSetShrinker.Shrink);

    /// <summary>A figure with up to two decimal places, zero and small whole numbers being common.</summary>
    public static Gen<decimal> Balance { get; } = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (2, Gen.Choose(-10, 10).Select(i => (decimal)i)),
        (6, Gen.Choose(-100_000_000, 100_000_000).Zip(Gen.Choose(0, 2))
            .Select(x => new decimal(Math.Abs(x.Item1), 0, 0, x.Item1 < 0, (byte)x.Item2))));

    private static Gen<GeneratedRuleSet> RuleSet() =>
        from count in Gen.Choose(1, 40)
        from codes in Gen.Elements(true, false).ArrayOf(count)
        let keys = codes.Select((code, i) => code ? (7000 + 10 * i).ToString(CultureInfo.InvariantCulture) : $"line_{i}").ToArray()
        from lines in Gen.CollectToArray(Enumerable.Range(0, count), i => Line(keys[i], keys[..i]))
        from printed in Gen.Shuffle(lines)
        from pageBreak in count < 2 ? Gen.Constant(0) : Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, count - 1)))
        from balances in Gen.CollectToArray(printed.Where(l => l.IsInput), Figure)
        select new GeneratedRuleSet(printed, pageBreak, balances.OfType<(string, decimal)>().ToDictionary());

    private static Gen<GeneratedLine> Line(string key, IReadOnlyList<string> earlier) => Gen.Frequency(
        (2, Gen.Frequency((2, Gen.Constant((decimal?)null)), (1, Balance.Select(d => (decimal?)d)))
            .Select(fallback => new GeneratedLine(key, null, fallback))),
        (3, Gen.Choose(0, 4).SelectMany(depth => TermGenerators.Number(depth, earlier))
            .Select(formula => new GeneratedLine(key, formula, null))));

    /// <summary>The input's figure in the balances, or null (omitted) for some inputs that have a default.</summary>
    private static Gen<(string, decimal)?> Figure(GeneratedLine input)
    {
        var given = Balance.Select(b => ((string, decimal)?)(input.Key, b));
        return input.Default is null ? given : Gen.OneOf(given, Gen.Constant(((string, decimal)?)null));
    }
}
