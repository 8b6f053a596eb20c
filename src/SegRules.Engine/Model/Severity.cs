namespace SegRules.Engine.Model;

/// <summary>How serious a finding is, in increasing order; <c>--fail-on</c> compares against it.</summary>
public enum Severity
{
    /// <summary>Worth knowing; no obligation follows.</summary>
    Info,

    /// <summary>The firm's own policy or a threshold is crossed; an action or notice may be due.</summary>
    Warning,

    /// <summary>A regulatory requirement is not met.</summary>
    Breach,

    /// <summary>Customer funds are short: the firm is under-segregated or under-secured.</summary>
    Critical,
}
