namespace SegRules.Host.Web;

/// <summary>How <c>segrules serve</c> was asked to run.</summary>
/// <param name="Urls">The addresses to listen on, separated by semicolons.</param>
/// <param name="Database">The evaluation database, shared with the command line.</param>
/// <param name="RulesDirectory">The rules folder (the bundled one, or an analyst's working copy).</param>
/// <param name="Token">The bearer token every API request must carry; null on loopback without one.</param>
public sealed record ServeSettings(string Urls, string Database, string RulesDirectory, string? Token);
