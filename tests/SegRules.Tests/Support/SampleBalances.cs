using System.Globalization;
using System.Text.RegularExpressions;

namespace SegRules.Tests.Support;

/// <summary>Variants of the bundled seed balances, written to a temp folder, for scenario tests.</summary>
public static class SampleBalances
{
    public static string Text { get; } = File.ReadAllText(TestPaths.SeedSample);

    /// <summary>The seed balances as of 2012-11-28 without targets: a statement on version 2012-11-08, before the cover page targets.</summary>
    public static string BeforeTargets { get; } = Text.Replace("as_of: 2017-12-26", "as_of: 2012-11-28", StringComparison.Ordinal)
        .Replace("targets:\n  segregation: { percent: 5 }\n  secured: { percent: 5 }\n  swaps: { percent: 5 }\n", "", StringComparison.Ordinal);

    /// <summary>The seed balances with input <paramref name="code"/> lowered by <paramref name="amount"/>, plus any extra YAML.</summary>
    public static string Lowered(string code, decimal amount, string extra = "")
    {
        var pattern = new Regex($@"^  {code}: (-?\d+)$", RegexOptions.Multiline);
        var match = pattern.Match(Text);
        Assert.True(match.Success, $"the sample has no input {code}");
        var lowered = decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - amount;
        return pattern.Replace(Text, $"  {code}: {lowered.ToString(CultureInfo.InvariantCulture)}") + extra;
    }
}
