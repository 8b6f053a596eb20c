using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;

namespace SegRules.Engine.Present;

/// <summary>One finding as people read it: the check, its status and severity, message, rule, action and deadline.</summary>
/// <param name="Id">The check's id.</param>
/// <param name="Title">The check's short name.</param>
/// <param name="Status"><c>fired</c> or <c>not-evaluated</c>.</param>
/// <param name="Severity"><c>info</c>, <c>warning</c>, <c>breach</c> or <c>critical</c>.</param>
/// <param name="Message">The message with its figures.</param>
/// <param name="Citation">The regulation the check rests on.</param>
/// <param name="Action">What the firm must do.</param>
/// <param name="Deadline">By when.</param>
/// <param name="Reads">The lines, figures and checks it read.</param>
/// <param name="Missing">The supplemental figures it lacked, when not evaluated.</param>
public sealed record FindingView(
    string Id,
    string Title,
    string Status,
    string Severity,
    string Message,
    string? Citation,
    string? Action,
    string? Deadline,
    IReadOnlyList<string> Reads,
    IReadOnlyList<string> Missing)
{
    /// <summary>The view of <paramref name="finding"/>, worded as the store keeps it.</summary>
    public static FindingView Of(Finding finding) => Of(FindingRecord.From(finding));

    /// <summary>The view of a stored finding.</summary>
    public static FindingView Of(FindingRecord finding) => new(
        finding.Check, finding.Title, finding.Status, finding.Severity, finding.Message,
        finding.Citation, finding.Action, finding.Deadline, finding.Reads, finding.Missing);
}
