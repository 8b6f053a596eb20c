using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

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

    /// <summary>The finding as stored; null when its status or severity is not one SegRules writes.</summary>
    public Finding? ToFinding()
    {
        FindingStatus? status = Status switch
        {
            "fired" => FindingStatus.Fired,
            "not-evaluated" => FindingStatus.NotEvaluated,
            _ => null,
        };
        var severity = Enum.GetValues<Severity>().Select(v => (Severity?)v).FirstOrDefault(v => v.ToString()!.Equals(Severity, StringComparison.OrdinalIgnoreCase));
        if (status is null || severity is null)
        {
            return null;
        }

        return new Finding(new LineKey(Check), Title, status.Value, severity.Value, Message, Citation, Action, Deadline,
            Reads.Select(k => new LineKey(k)).ToArray(), Missing.Select(k => new LineKey(k)).ToArray());
    }

    /// <summary>The fields in which <paramref name="other"/> says something else, to the letter; empty when it says exactly the same.</summary>
    public IReadOnlyList<string> DifferencesFrom(FindingRecord other)
    {
        var fields = new (string Name, bool Same)[]
        {
            ("status", Status == other.Status),
            ("severity", Severity == other.Severity),
            ("message", Message == other.Message),
            ("title", Title == other.Title),
            ("citation", Citation == other.Citation),
            ("action", Action == other.Action),
            ("deadline", Deadline == other.Deadline),
            ("reads", Reads.SequenceEqual(other.Reads, StringComparer.Ordinal)),
            ("missing", Missing.SequenceEqual(other.Missing, StringComparer.Ordinal)),
        };
        return fields.Where(f => !f.Same).Select(f => f.Name).ToArray();
    }
}
