using System.Globalization;

namespace SegRules.Tests.Support;

/// <summary>The 95 coded figures of the seed filing (Data/seed-filed-figures.yaml), by code.</summary>
public static class SeedFigures
{
    public static IReadOnlyDictionary<string, decimal> All { get; } = File.ReadAllLines(TestPaths.Data("seed-filed-figures.yaml"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split(':', 2))
        .ToDictionary(parts => parts[0].Trim(), parts => decimal.Parse(parts[1].Trim(), CultureInfo.InvariantCulture));
}
