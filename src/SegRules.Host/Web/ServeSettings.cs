using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;

namespace SegRules.Host.Web;

/// <summary>How <c>segrules serve</c> was asked to run.</summary>
/// <param name="Urls">The addresses to listen on, separated by semicolons.</param>
/// <param name="Database">The evaluation database, shared with the command line.</param>
/// <param name="RulesDirectory">The rules folder (the bundled one, or an analyst's working copy).</param>
/// <param name="Token">The bearer token every API request must carry; null on loopback without one.</param>
public sealed record ServeSettings(string Urls, string Database, string RulesDirectory, string? Token)
{
    /// <summary>
    /// The compiled rule sets for one request, from the disk cache (keyed by the rules' content, so a
    /// rules folder edited while serving is compiled again); its notes go to standard error.
    /// </summary>
    public static CompiledRuleSets RuleSets() => CompiledRuleSets.Open(useCache: true, note => Console.Error.WriteLine($"segrules: {note}"));

    /// <summary>The evaluation pipeline for one request, on the rules folder as it is now.</summary>
    public EvaluationPipeline Pipeline()
    {
        var ruleSets = RuleSets();
        return new(ruleSets.Repository(RulesDirectory), ruleSets);
    }
}
