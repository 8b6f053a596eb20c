using SegRules.Engine.Store;

namespace SegRules.Engine.Present;

/// <summary>A finding's status, severity and message, to compare one evaluation's with another's.</summary>
/// <param name="Status"><c>fired</c> or <c>not-evaluated</c>.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Message">Its message.</param>
public sealed record FindingStateView(string Status, string Severity, string Message)
{
    /// <summary>The state of <paramref name="finding"/>; null for none.</summary>
    public static FindingStateView? Of(FindingRecord? finding) =>
        finding is null ? null : new FindingStateView(finding.Status, finding.Severity, finding.Message);
}
