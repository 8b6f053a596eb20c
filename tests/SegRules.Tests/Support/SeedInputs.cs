using System.Globalization;
using System.Text.RegularExpressions;

namespace SegRules.Tests.Support;

/// <summary>The figures the seed sample gives under <c>values</c>, by code, read straight from its text.</summary>
public static partial class SeedInputs
{
    public static IReadOnlyDictionary<string, decimal> All { get; } = File.ReadLines(TestPaths.SeedSample)
        .Select(line => Figure().Match(line))
        .Where(match => match.Success)
        .ToDictionary(match => match.Groups[1].Value, match => decimal.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^  (\d+): (-?\d+)$")]
    private static partial Regex Figure();
}
