using System.CommandLine;
using System.Globalization;
using SegRules.Engine.Store;

namespace SegRules.Host.Commands;

/// <summary><c>--firm F --from D --to D</c>: which stored evaluations a command reads, the same for every command.</summary>
public sealed class RecordFilter
{
    /// <summary><c>--firm F</c>.</summary>
    public Option<string?> Firm { get; } = new("--firm") { Description = "Only this firm's evaluations (its name as stored; case does not matter)." };

    /// <summary><c>--from D</c>.</summary>
    public Option<string?> From { get; } = new("--from") { Description = "Only as-of dates on or after this date (yyyy-MM-dd)." };

    /// <summary><c>--to D</c>.</summary>
    public Option<string?> To { get; } = new("--to") { Description = "Only as-of dates on or before this date (yyyy-MM-dd)." };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> Options => [Firm, From, To];

    /// <summary>The query the options ask for; null (reported) when a date is not a date or the range is empty.</summary>
    public EvaluationQuery? Query(ParseResult parse, TextWriter error)
    {
        var from = Date(parse, From, error, out var fromOk);
        var to = Date(parse, To, error, out var toOk);
        if (!fromOk || !toOk)
        {
            return null;
        }

        if (from > to)
        {
            error.WriteLine($"segrules: --from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}");
            return null;
        }

        return new EvaluationQuery(parse.GetValue(Firm), from, to);
    }

    /// <summary>Says which evaluations <paramref name="query"/> selects, for "none found" messages.</summary>
    public static string Describe(EvaluationQuery query)
    {
        var parts = new List<string>();
        if (query.Firm is not null)
        {
            parts.Add($"of {query.Firm}");
        }

        if (query.From is { } from)
        {
            parts.Add($"from {from:yyyy-MM-dd}");
        }

        if (query.To is { } to)
        {
            parts.Add($"to {to:yyyy-MM-dd}");
        }

        return parts.Count == 0 ? "" : " " + string.Join(" ", parts);
    }

    private static DateOnly? Date(ParseResult parse, Option<string?> option, TextWriter error, out bool ok)
    {
        ok = true;
        if (parse.GetValue(option) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error.WriteLine($"segrules: {option.Name} '{text}' is not a date: write yyyy-MM-dd");
        ok = false;
        return null;
    }
}
