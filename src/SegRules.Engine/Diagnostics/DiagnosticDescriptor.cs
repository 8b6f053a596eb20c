namespace SegRules.Engine.Diagnostics;

/// <summary>A kind of problem SegRules can report: a stable id, a title, a message format, a severity and what to do.</summary>
/// <param name="Id">Stable id (<c>SR1003</c>); the first digit names the stage that reports it.</param>
/// <param name="Title">Short description for documentation.</param>
/// <param name="MessageFormat">Composite format string filled with the problem's details.</param>
/// <param name="Severity">Error (the default) for problems that stop the rules or input being used; warning or info for lint.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticLevel Severity = DiagnosticLevel.Error)
{
    /// <summary>What to do about it, in general (the message says what to do in the case at hand).</summary>
    public string Help => DiagnosticHelp.For(Id);

    /// <summary>The severity as printed: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityName => Severity.ToString().ToLowerInvariant();
}
