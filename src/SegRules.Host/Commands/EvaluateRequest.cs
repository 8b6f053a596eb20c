using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;

namespace SegRules.Host.Commands;

/// <summary>What <c>evaluate</c> was asked to do, whether for one file or a batch.</summary>
/// <param name="Pipeline">The pipeline over the chosen rules folder (it gets each compiled rule set once).</param>
/// <param name="Version">A version that overrides selection by date.</param>
/// <param name="Format">text, json, csv or xlsx.</param>
/// <param name="Database">The database to store into; null for <c>--no-store</c>.</param>
/// <param name="FailOn">The <c>--fail-on</c> severity.</param>
/// <param name="Out">The file to write the statement to (<c>--out</c>); null for standard output.</param>
public sealed record EvaluateRequest(EvaluationPipeline Pipeline, string? Version, string Format, string? Database, Severity? FailOn, string? Out)
{
    /// <summary>1 when a finding at or above <see cref="FailOn"/> fired in any of <paramref name="evaluations"/>, else 0.</summary>
    public int ExitCode(IEnumerable<Evaluation> evaluations) =>
        FailOn is { } threshold && evaluations.SelectMany(e => e.Findings).Any(f => f.Status == FindingStatus.Fired && f.Severity >= threshold)
            ? ExitCodes.FindingsAtOrAbove
            : ExitCodes.Success;
}
