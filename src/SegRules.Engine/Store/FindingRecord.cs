using SegRules.Engine.Evaluate;

namespace SegRules.Engine.Store;

/// <summary>A stored finding: what a check found, as it was worded when the evaluation ran.</summary>
public sealed class FindingRecord
{
    /// <summary>The check's id.</summary>
    public string Check { get; set; } = "";

    /// <summary>The check's short name.</summary>
    public string Title { get; set; } = "";

    /// <summary><c>fired</c> or <c>not-evaluated</c>.</summary>
    public string Status { get; set; } = "";

    /// <summary>info, warning, breach or critical.</summary>
    public string Severity { get; set; } = "";

    /// <summary>The message with its figures.</summary>
    public string Message { get; set; } = "";

    /// <summary>The regulation the check rests on.</summary>
    public string? Citation { get; set; }

    /// <summary>What the firm must do.</summary>
    public string? Action { get; set; }

    /// <summary>By when.</summary>
    public string? Deadline { get; set; }

    /// <summary>The lines, figures and checks the check read.</summary>
    public List<string> Reads { get; set; } = [];

    /// <summary>The supplemental figures it lacked, when not evaluated.</summary>
    public List<string> Missing { get; set; } = [];

    /// <summary>The record of <paramref name="finding"/>.</summary>
    public static FindingRecord From(Finding finding) => new()
    {
        Check = finding.Check.Value,
        Title = finding.Title,
        Status = finding.Status == FindingStatus.Fired ? "fired" : "not-evaluated",
        Severity = finding.Severity.ToString().ToLowerInvariant(),
        Message = finding.Message,
        Citation = finding.Citation,
        Action = finding.Action,
        Deadline = finding.Deadline,
        Reads = finding.Reads.Select(k => k.Value).ToList(),
        Missing = finding.Missing.Select(k => k.Value).ToList(),
    };
}
