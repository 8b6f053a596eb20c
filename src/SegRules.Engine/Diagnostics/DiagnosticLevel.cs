namespace SegRules.Engine.Diagnostics;

/// <summary>How much a diagnostic matters to the rule author: an error stops the rules being used; a warning or note does not.</summary>
public enum DiagnosticLevel
{
    /// <summary>The rules or input cannot be used until it is fixed.</summary>
    Error,

    /// <summary>The rules work but something is likely wrong or unfinished (lint).</summary>
    Warning,

    /// <summary>Worth knowing; nothing needs fixing.</summary>
    Info,
}
