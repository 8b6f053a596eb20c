using SegRules.Engine.Diagnostics;

namespace SegRules.Engine.Evaluate;

/// <summary>An evaluation, or the problems that prevented it (never both).</summary>
/// <param name="Evaluation">The result when there were no problems.</param>
/// <param name="Diagnostics">Every problem found, in file and position order.</param>
public sealed record EvaluationOutcome(Evaluation? Evaluation, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the evaluation ran.</summary>
    public bool Succeeded => Evaluation is not null;
}
