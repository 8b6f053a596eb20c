namespace SegRules.Engine.Store;

/// <summary>
/// One stored evaluation: who and what was evaluated, on exactly which rule set, and every line's
/// value, so it can be shown, explained and reproduced later. This is the record as read, whichever
/// format the file holds it in: the store writes it compactly (<see cref="CompactRecord"/>) and words
/// its findings from the rule set snapshot when it reads it back.
/// </summary>
public sealed class EvaluationRecord
{
    /// <summary>The record's id in the store.</summary>
    public long Id { get; set; }

    /// <summary>The firm named by the balances file.</summary>
    public string Firm { get; set; } = "";

    /// <summary>
    /// The statement date as <c>yyyy-MM-dd</c>: a calendar date, so it is kept as text (a LiteDB date
    /// would come back shifted into the reader's time zone); the text sorts in date order.
    /// </summary>
    public string AsOf { get; set; } = "";

    /// <summary>The form id.</summary>
    public string Form { get; set; } = "";

    /// <summary>The form version evaluated.</summary>
    public string Version { get; set; } = "";

    /// <summary>The content hash of the rule set; its files are in the rule set snapshots.</summary>
    public string RulesetHash { get; set; } = "";

    /// <summary>
    /// The statements the evaluation holds when the balances listed only some (a holiday's 30.7 and
    /// cleared swaps statements: <c>secured</c>, <c>swaps</c>); null for all of them. Lines, checks and
    /// findings of the others were not evaluated and are not in the record.
    /// </summary>
    public List<string>? Statements { get; set; }

    /// <summary>The input figures as given in the balances file, by line key.</summary>
    public Dictionary<string, decimal> Inputs { get; set; } = [];

    /// <summary>The residual interest target choices as given, by pool.</summary>
    public List<TargetRecord> Targets { get; set; } = [];

    /// <summary>The supplemental figures given for checks, by id.</summary>
    public Dictionary<string, decimal> Supplementals { get; set; } = [];

    /// <summary>
    /// The figures a filing printed, by line key, as the balances file gave them under <c>filed</c>:
    /// checks compare them, so a replay needs them to reproduce the findings.
    /// </summary>
    public Dictionary<string, decimal> Filed { get; set; } = [];

    /// <summary>What the checks found.</summary>
    public List<FindingRecord> Findings { get; set; } = [];

    /// <summary>Every line's value (inputs after defaults, and computed lines), by line key.</summary>
    public Dictionary<string, decimal> Lines { get; set; } = [];

    /// <summary>The full path of the balances file evaluated.</summary>
    public string SourceFile { get; set; } = "";

    /// <summary>SHA-256 of the balances file's text.</summary>
    public string SourceHash { get; set; } = "";

    /// <summary>When the evaluation ran (UTC).</summary>
    public DateTime EvaluatedAt { get; set; }

    /// <summary>The user who ran it.</summary>
    public string User { get; set; } = "";

    /// <summary>The machine it ran on.</summary>
    public string Host { get; set; } = "";

    /// <summary>The SegRules version that ran it.</summary>
    public string EngineVersion { get; set; } = "";
}

/// <summary>One pool's residual interest target choice as a balances file gave it.</summary>
public sealed class TargetRecord
{
    /// <summary>The pool (segregation, secured, swaps).</summary>
    public string Pool { get; set; } = "";

    /// <summary>The choice (amount, percent, amount_range, percent_range).</summary>
    public string Choice { get; set; } = "";

    /// <summary>One figure, or two (low, high) for a range.</summary>
    public List<decimal> Figures { get; set; } = [];
}
