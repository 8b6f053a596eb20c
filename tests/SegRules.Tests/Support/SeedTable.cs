using System.Globalization;

namespace SegRules.Tests.Support;

/// <summary>The seed sample's balances as table rows (firm, as_of, the cover page target lines by id, every input), for CSV and Excel tests.</summary>
public static class SeedTable
{
    /// <summary>The rows, each a key and its value.</summary>
    public static IReadOnlyList<(string Key, string Value)> Rows { get; } =
    [
        ("firm", "Credit Suisse Securities (USA) LLC"),
        ("as_of", "2017-12-26"),
        ("seg_target_percent", "5"),
        ("secured_target_percent", "5"),
        ("swaps_target_percent", "5"),
        .. SeedInputs.All.Select(kv => (kv.Key, kv.Value.ToString(CultureInfo.InvariantCulture))),
    ];

    /// <summary>The rows as <c>code,value</c> CSV, with one row replaced where <paramref name="edit"/> says.</summary>
    public static string Csv(Func<string, string, string>? edit = null) =>
        string.Concat(Rows.Select(r => (edit is null ? $"{r.Key},{r.Value}" : edit(r.Key, r.Value)) + "\n"));
}
