namespace SegRules.Engine.Model;

/// <summary>
/// A compliance check: a condition on the statement's lines (and on other checks' outcomes) that,
/// when true, produces a finding with a message, the regulation it rests on, and what to do by when.
/// </summary>
/// <param name="Id">The check's id, unique among lines and checks; other checks refer to it as <c>[id]</c>.</param>
/// <param name="Title">A short name for listings.</param>
/// <param name="When">The condition; true means the finding fires.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Message">The finding's message, with figures filled in from placeholders.</param>
/// <param name="Citation">The regulation the check rests on.</param>
/// <param name="Action">What the firm must do when it fires.</param>
/// <param name="Deadline">By when.</param>
/// <param name="Note">The reading behind the check (e.g. why this severity), for reviewers.</param>
/// <param name="Position">Where the check is defined.</param>
public sealed record CheckDefinition(
    LineKey Id,
    string Title,
    Formula When,
    Severity Severity,
    MessageTemplate Message,
    string? Citation,
    string? Action,
    string? Deadline,
    string? Note,
    SourcePosition Position)
{
    /// <summary>The sources <see cref="Citation"/> names, each with its parts where the rule file gives them.</summary>
    public IReadOnlyList<CitationSource> Sources { get; init; } = [];

    /// <summary>Everything the check reads (lines, supplemental figures, checks), condition first, then the message.</summary>
    public IReadOnlyList<LineKey> Reads { get; } = When.References.Concat(Message.Placeholders.SelectMany(p => p.Expression.References)).Distinct().ToArray();

    /// <summary>The lines whose filed figures the check reads; it is evaluated only when the balances carry all of them.</summary>
    public IReadOnlyList<LineKey> FiledReads { get; } = When.FiledReferences.Concat(Message.Placeholders.SelectMany(p => p.Expression.FiledReferences)).Distinct().ToArray();
}
