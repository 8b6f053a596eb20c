using System.Globalization;
using System.Text.RegularExpressions;

namespace SegRules.Tests.Support;

/// <summary>
/// Daily balances files made from the seed sample: one per business day from a start date, with the
/// segregation inputs moved by a seeded random amount so excesses wander above and below their targets
/// (and now and then below zero: a deficiency).
/// </summary>
public static partial class DailyBalances
{
    /// <summary>Writes <paramref name="count"/> files into <paramref name="folder"/>; returns their paths in date order.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, DateOnly start, int seed = 2017)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var paths = new List<string>();
        for (var date = start; paths.Count < count; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            // 7010 (net ledger cash) raises the amount required, so moving it moves the excess the other way.
            var shift = random.Next(-300_000, 400_000) * 1_000m;
            var path = Path.Combine(folder, $"cs-{date:yyyy-MM-dd}.yaml");
            File.WriteAllText(path, For(date, shift));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The seed balances as of <paramref name="date"/> with input 7010 raised by <paramref name="shift"/>.</summary>
    public static string For(DateOnly date, decimal shift)
    {
        var text = AsOf().Replace(SampleBalances.Text, $"as_of: {date:yyyy-MM-dd}");
        return Cash().Replace(text, m => $"  7010: {(decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture)}");
    }

    [GeneratedRegex(@"^as_of: .*$", RegexOptions.Multiline)]
    private static partial Regex AsOf();

    [GeneratedRegex(@"^  7010: (-?\d+)$", RegexOptions.Multiline)]
    private static partial Regex Cash();
}
