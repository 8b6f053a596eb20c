using System.Globalization;
using Microsoft.AspNetCore.Http;
using SegRules.Engine.Store;

namespace SegRules.Host.Web;

/// <summary>Reads <c>firm</c>, <c>from</c> and <c>to</c> as the command line's <c>--firm --from --to</c> do.</summary>
public static class QueryParameters
{
    /// <summary>The query; a 400 answer when a date is not yyyy-MM-dd or the range is empty.</summary>
    public static Answer<EvaluationQuery> Query(string? firm, string? from, string? to)
    {
        DateOnly? Date(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        foreach (var (name, text) in new[] { ("from", from), ("to", to) })
        {
            if (!string.IsNullOrEmpty(text) && Date(text) is null)
            {
                return Answer<EvaluationQuery>.Refused(StatusCodes.Status400BadRequest, $"{name} '{text}' is not a date: write yyyy-MM-dd");
            }
        }

        var (start, end) = (Date(from), Date(to));
        return start > end
            ? Answer<EvaluationQuery>.Refused(StatusCodes.Status400BadRequest, $"from {from} is after to {to}")
            : Answer<EvaluationQuery>.Ok(new EvaluationQuery(string.IsNullOrEmpty(firm) ? null : firm, start, end));
    }
}
