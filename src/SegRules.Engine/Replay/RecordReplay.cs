using SegRules.Engine.Diagnostics;
using SegRules.Engine.Store;

namespace SegRules.Engine.Replay;

/// <summary>One stored evaluation evaluated again, and every way the result differs from the record.</summary>
/// <param name="Record">The stored evaluation.</param>
/// <param name="Version">The form version it was evaluated with now; null when none could be chosen or loaded.</param>
/// <param name="Lines">The lines whose values differ.</param>
/// <param name="Findings">The findings that differ, appeared or went away.</param>
/// <param name="Problems">Why it could not be evaluated again (the rule set is missing, the inputs do not fit the version...).</param>
/// <param name="Notes">What was left out to fit the version (e.g. targets for a version without them).</param>
public sealed record RecordReplay(
    EvaluationRecord Record,
    string? Version,
    IReadOnlyList<LineDifference> Lines,
    IReadOnlyList<FindingDifference> Findings,
    IReadOnlyList<Diagnostic> Problems,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when the replay did not reproduce the record exactly.</summary>
    public bool Differs => Lines.Count > 0 || Findings.Count > 0 || Problems.Count > 0;

    /// <summary>True when the record could not be evaluated again at all.</summary>
    public bool Failed => Problems.Count > 0;
}
