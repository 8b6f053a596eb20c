namespace SegRules.Host.Web;

/// <summary>The body of <c>POST /api/replay</c>: the version to replay on (null: each record's version in force) and which stored evaluations.</summary>
/// <param name="Version">The version id.</param>
/// <param name="Firm">Only this firm's evaluations.</param>
/// <param name="From">Only as-of dates on or after this one (yyyy-MM-dd).</param>
/// <param name="To">Only as-of dates on or before this one.</param>
public sealed record ReplayRequest(string? Version, string? Firm, string? From, string? To);
