using System.Globalization;

namespace SegRules.Engine.Store;

/// <summary>Which stored evaluations to read: one firm's, as-of dates in a range (both ends included); null means any.</summary>
/// <param name="Firm">The firm's name as stored (compared without regard to case).</param>
/// <param name="From">The first as-of date.</param>
/// <param name="To">The last as-of date.</param>
public sealed record EvaluationQuery(string? Firm = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The first and last as-of dates as stored (<c>yyyy-MM-dd</c>), an open end as the lowest or highest such text.</summary>
    internal (string From, string To) Dates =>
        (From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "0000-00-00", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "9999-99-99");

    /// <summary>True when <paramref name="record"/> is one this query selects: ordinal on the date text, the firm's whole name without regard to case.</summary>
    public bool Selects(EvaluationRecord record)
    {
        var (from, to) = Dates;
        return (Firm is null || string.Equals(record.Firm, Firm, StringComparison.OrdinalIgnoreCase))
            && string.CompareOrdinal(record.AsOf, from) >= 0 && string.CompareOrdinal(record.AsOf, to) <= 0;
    }
}
