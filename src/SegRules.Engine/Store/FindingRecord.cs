using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Engine.Store;

/// <summary>
/// A stored finding: what a check found, as it was worded when the evaluation ran. A compact record
/// keeps only its check, status and figures; the words are rendered again from the rule set snapshot
/// (<see cref="Worded"/>), which words them exactly as the evaluation did.
/// </summary>
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

    /// <summary>
    /// The figures its message was filled in with (see <see cref="Finding.Figures"/>); null in a record
    /// of the previous release, which kept only the message.
    /// </summary>
    public List<decimal>? Figures { get; set; }

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
        Figures = finding.Figures.ToList(),
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
            Reads.Select(k => new LineKey(k)).ToArray(), Missing.Select(k => new LineKey(k)).ToArray()) { Figures = Figures?.ToArray() ?? [] };
    }

    /// <summary>
    /// True when <paramref name="other"/>, found on the same rule set, is the same finding: the same
    /// status, severity, figures (to the decimal place), reads and missing figures. Its words then
    /// follow from the rule set alike, so they need not be built to compare; a finding of the previous
    /// release, which has no figures, is compared word for word.
    /// </summary>
    public bool SameOnRuleSet(FindingRecord other) =>
        Figures is null || other.Figures is null ? DifferencesFrom(other).Count == 0
        : Status == other.Status && Severity == other.Severity && Identical(Figures, other.Figures)
          && Reads.SequenceEqual(other.Reads, StringComparer.Ordinal) && Missing.SequenceEqual(other.Missing, StringComparer.Ordinal);

    /// <summary>This finding with its title, message, citation, action and deadline worded by its check in <paramref name="form"/>, when it was read without them.</summary>
    public FindingRecord Worded(FormDefinition form)
    {
        if (Figures is null || Message.Length > 0 || !form.TryGetCheck(new LineKey(Check), out var check))
        {
            return this;
        }

        var worded = (FindingRecord)MemberwiseClone();
        worded.Title = check.Title;
        worded.Citation = check.Citation;
        worded.Action = check.Action;
        worded.Deadline = check.Deadline;
        worded.Message = Status == "fired"
            ? FindingBuilder.Message(check, Figures)
            : FindingBuilder.NotEvaluatedMessage(form, Missing.Select(k => new LineKey(k)).ToArray());
        return worded;
    }

    /// <summary>
    /// The fields in which <paramref name="other"/> says something else, to the letter; empty when it
    /// says exactly the same. Figures that differ only where the message does not show them (a place
    /// it rounds away) are <c>figures</c>.
    /// </summary>
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
        var differ = fields.Where(f => !f.Same).Select(f => f.Name).ToArray();
        return differ.Length == 0 && Figures is not null && other.Figures is not null && !Identical(Figures, other.Figures) ? ["figures"] : differ;
    }

    private static bool Identical(List<decimal> a, List<decimal> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First == p.Second && p.First.Scale == p.Second.Scale);
}
