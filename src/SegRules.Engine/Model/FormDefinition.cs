namespace SegRules.Engine.Model;

/// <summary>
/// One complete, validated version of a form: its pages, lines and checks, the cover-page targets,
/// the order in which formula lines and checks can be computed, and the exact source it was built
/// from. Instances are made only by the validator, so every reference resolves and the dependency
/// graph has no cycle.
/// </summary>
public sealed class FormDefinition
{
    private readonly Dictionary<LineKey, LineDefinition> _lines;
    private readonly Dictionary<LineKey, CheckDefinition> _checks;

    internal FormDefinition(
        FormVersionInfo info,
        IReadOnlyList<Page> pages,
        IReadOnlyList<ResidualInterestTarget> targets,
        IReadOnlyList<LineDefinition> evaluationOrder,
        IReadOnlyList<CheckDefinition> checkOrder,
        string hash,
        IReadOnlyList<RuleSetFile> files)
    {
        Info = info;
        Pages = pages;
        Targets = targets;
        EvaluationOrder = evaluationOrder;
        CheckOrder = checkOrder;
        Hash = hash;
        Files = files;
        Lines = pages.SelectMany(p => p.Lines).ToArray();
        Inputs = Lines.Where(l => l.Kind == LineKind.Input).ToArray();
        Supplementals = pages.SelectMany(p => p.Supplementals).ToArray();
        Checks = pages.SelectMany(p => p.Checks).ToArray();
        _lines = Lines.Concat(Supplementals).ToDictionary(l => l.Key);
        _checks = Checks.ToDictionary(c => c.Id);
    }

    /// <summary>The manifest's facts: form, version, effective dates, citations.</summary>
    public FormVersionInfo Info { get; }

    /// <summary>The pages in printed order.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The cover page's residual interest targets, one per pool; empty for versions before them.</summary>
    public IReadOnlyList<ResidualInterestTarget> Targets { get; }

    /// <summary>Formula lines in an order where each comes after every line it reads.</summary>
    public IReadOnlyList<LineDefinition> EvaluationOrder { get; }

    /// <summary>Checks in an order where each comes after every check it reads.</summary>
    public IReadOnlyList<CheckDefinition> CheckOrder { get; }

    /// <summary>SHA-256 (hex) of the rule set's files: the identity of exactly these rules.</summary>
    public string Hash { get; }

    /// <summary>The files the definition was built from, for storing alongside evaluations.</summary>
    public IReadOnlyList<RuleSetFile> Files { get; }

    /// <summary>Every statement line of every page, in printed order.</summary>
    public IReadOnlyList<LineDefinition> Lines { get; }

    /// <summary>Input lines in printed order.</summary>
    public IReadOnlyList<LineDefinition> Inputs { get; }

    /// <summary>The supplemental figures checks may need, in declaration order.</summary>
    public IReadOnlyList<LineDefinition> Supplementals { get; }

    /// <summary>Every check, in declaration order.</summary>
    public IReadOnlyList<CheckDefinition> Checks { get; }

    /// <summary>Finds a statement line or supplemental figure by key.</summary>
    public bool TryGetLine(LineKey key, out LineDefinition line) => _lines.TryGetValue(key, out line!);

    /// <summary>Finds a check by id.</summary>
    public bool TryGetCheck(LineKey id, out CheckDefinition check) => _checks.TryGetValue(id, out check!);

    /// <summary>The line or supplemental figure with <paramref name="key"/>; the key must exist.</summary>
    public LineDefinition this[LineKey key] => _lines[key];
}
