using SegRules.Engine.Model;

namespace SegRules.Engine.Evaluate;

/// <summary>What a check found in one evaluation: its outcome in words, with the regulation and what to do by when.</summary>
/// <param name="Check">The check's id.</param>
/// <param name="Title">The check's short name.</param>
/// <param name="Status">Fired, or not evaluated for want of a figure.</param>
/// <param name="Severity">The check's severity when fired; <see cref="Model.Severity.Info"/> when it could not be evaluated.</param>
/// <param name="Message">The message with its figures filled in.</param>
/// <param name="Citation">The regulation the check rests on.</param>
/// <param name="Action">What the firm must do.</param>
/// <param name="Deadline">By when.</param>
/// <param name="Reads">The lines, supplemental figures and checks the check read.</param>
/// <param name="Missing">For a check not evaluated: the supplemental figures it needs.</param>
public sealed record Finding(
    LineKey Check,
    string Title,
    FindingStatus Status,
    Severity Severity,
    string Message,
    string? Citation,
    string? Action,
    string? Deadline,
    IReadOnlyList<LineKey> Reads,
    IReadOnlyList<LineKey> Missing)
{
    /// <summary>
    /// The figures the message was filled in with, one per placeholder of a fired check's message
    /// (none for a check not evaluated): the message follows from them and the check, which is how a
    /// store keeps a finding without its text.
    /// </summary>
    public IReadOnlyList<decimal> Figures { get; init; } = [];
}

/// <summary>Why a finding is reported.</summary>
public enum FindingStatus
{
    /// <summary>The check's condition held.</summary>
    Fired,

    /// <summary>The check needs a supplemental figure the balances file did not give.</summary>
    NotEvaluated,
}
