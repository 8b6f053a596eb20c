using SegRules.Engine.Model;

namespace SegRules.Engine.Present;

/// <summary>One check's definition: id, title, condition, severity, message, citation, action, deadline, note.</summary>
/// <param name="Id">The check id.</param>
/// <param name="Title">Its short name.</param>
/// <param name="When">The condition under which it fires.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Message">The message template.</param>
/// <param name="Citation">The regulation.</param>
/// <param name="Action">What to do.</param>
/// <param name="Deadline">By when.</param>
/// <param name="Note">The reading behind it.</param>
public sealed record RuleCheckView(string Id, string Title, string When, string Severity, string Message, string? Citation, string? Action, string? Deadline, string? Note)
{
    /// <summary>The view of <paramref name="check"/>.</summary>
    public static RuleCheckView Of(CheckDefinition check) => new(
        check.Id.Value, check.Title, check.When.Text, check.Severity.ToString().ToLowerInvariant(), check.Message.Text,
        check.Citation, check.Action, check.Deadline, check.Note);
}
