namespace SegRules.Engine.Store;

/// <summary>Which stored evaluations to read: one firm's, as-of dates in a range (both ends included); null means any.</summary>
/// <param name="Firm">The firm's name as stored (compared without regard to case).</param>
/// <param name="From">The first as-of date.</param>
/// <param name="To">The last as-of date.</param>
public sealed record EvaluationQuery(string? Firm = null, DateOnly? From = null, DateOnly? To = null);
