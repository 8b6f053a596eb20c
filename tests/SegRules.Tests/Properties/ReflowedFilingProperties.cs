using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SegRules.Tests.Support;

namespace SegRules.Tests.Properties;

/// <summary>
/// However PDF extraction lays out the seed filing's words, the importer reads exactly the seed's 95
/// figures, its targets, firm and date, or refuses the text with every problem at a line and column:
/// it never reads different figures.
/// </summary>
public sealed class ReflowedFilingProperties
{
    private static readonly int Gaps = ReflowedFiling.Gaps(SeedFiling.Text);

    private static readonly int[] LabelGaps =
        new[] { "FCM's Customer Segregated Funds Residual Interest Target", "FCM's Customer Secured Amount Funds Residual Interest Target", "FCM's Cleared Swaps Customer Collateral Residual Interest Target" }
        .SelectMany(label => ReflowedFiling.GapsWithin(SeedFiling.Text, label)).ToArray();

    // A page header's field value is one line in every extraction seen; broken, it cannot be told from
    // the text after it (where does a firm's name end?), so the header contradicts itself and is refused
    // (GarbledFilingTests). The re-flows keep each field's words on one line and move everything else.
    private static readonly HashSet<int> HeaderGaps =
        new[] { "End Date:", "Submit Date:", "Firm Name:", "Credit Suisse Securities (USA) LLC", "Daily Seg - FOCUS II" }
        .SelectMany(phrase => ReflowedFiling.GapsWithin(SeedFiling.Text, phrase)).ToHashSet();

    private static readonly int[] BodyGaps = Enumerable.Range(0, Gaps).Where(g => !HeaderGaps.Contains(g)).ToArray();

    private static readonly Arbitrary<ReflowedFiling> Reflows = Arb.From(
        from count in Gen.Choose(1, 400)
        from edits in Gen.ArrayOf(Gen.Zip(Gen.Frequency((3, Gen.Elements(BodyGaps)), (1, Gen.Elements(LabelGaps))), Gen.Elements(ReflowedFiling.Whitespace)), count)
        select new ReflowedFiling(SeedFiling.Text, edits),
        reflow => Enumerable.Range(0, reflow.Edits.Count).Select(i => reflow with { Edits = reflow.Edits.Where((_, j) => j != i).ToArray() }));

    private static readonly string[] SeedTargets = ["segregation:percent:5", "secured:percent:5", "swaps:percent:5"];

    [Property(MaxTest = 60, QuietOnSuccess = false)]
    public Property Import_ReflowedSeed_ReadsTheSeedOrRefusesInPlace() => Prop.ForAll(Reflows, reflow =>
    {
        var (import, problems) = SeedFiling.Import(reflow.Text);
        if (import is null)
        {
            Assert.All(problems, p => Assert.True(p.Position is { Line: > 0 }, $"refused without a position: {p}"));
            return Prop.Classify(true, true, "refused");
        }

        var balances = import.Balances;
        Assert.Equal(SeedFigures.All.OrderBy(kv => kv.Key), balances.Filed.ToDictionary(f => f.Key.Value, f => f.Value).OrderBy(kv => kv.Key));
        Assert.Equal(SeedTargets, balances.Targets.Select(t => $"{t.Pool.Value}:{t.Choice.Value}:{string.Join("/", t.Figures)}"));
        Assert.Equal(("Credit Suisse Securities (USA) LLC", new DateOnly(2017, 12, 26)), (balances.Firm, balances.AsOf));
        return Prop.Classify(true, reflow.SplitsAny(LabelGaps), "a cover page label split across lines");
    });
}
