using System.Collections.Concurrent;
using SegRules.Engine.Balances;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;
using SegRules.Engine.Store;
using SegRules.Runtime;

namespace SegRules.Engine.Replay;

/// <summary>
/// Evaluates stored evaluations again from their inputs as given and compares every line value and
/// finding with the record: on the record's own rule set snapshot (which must reproduce it exactly;
/// anything else is corruption), or on a version from a rules folder (the drift a newer or edited
/// version would cause). Each rule set comes compiled from the pipeline's <see cref="CompiledRuleSets"/>
/// once however many records use it. Thread-safe: records may be replayed on every core.
/// </summary>
public sealed class Replayer(CompiledRuleSets ruleSets)
{
    private static readonly IReadOnlySet<string> NoLines = new HashSet<string>();

    private readonly ConcurrentDictionary<string, Lazy<(CompiledForm? Compiled, IReadOnlyList<Diagnostic> Problems)>> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The form definition of <paramref name="snapshot"/>, compiled once with the replays on it; null when it does not load.</summary>
    public FormDefinition? Definition(RuleSetSnapshot snapshot) => Compiled(snapshot).Compiled?.Definition;

    /// <summary>
    /// The form definition of <paramref name="snapshot"/> without compiling it (for reading records
    /// replayed on another version): from the compiled rule sets when they have it, else from its
    /// texts; null when it is altered or does not load.
    /// </summary>
    public FormDefinition? Uncompiled(RuleSetSnapshot snapshot)
    {
        var problems = new DiagnosticBag();
        var files = SnapshotRules.Files(snapshot, problems);
        var form = files is null ? null : ruleSets.Definition(SnapshotRules.Name(snapshot), files, problems);
        return form is not null && SnapshotRules.Matches(form, snapshot, problems) ? form : null;
    }

    /// <summary>Replays <paramref name="record"/> on its own rule set, read from <paramref name="snapshot"/> (null when the database has none).</summary>
    public RecordReplay AsStored(EvaluationRecord record, RuleSetSnapshot? snapshot)
    {
        var diagnostics = new DiagnosticBag();
        if (snapshot is null)
        {
            SnapshotRules.For(record, snapshot, diagnostics);
            return Failed(record, null, diagnostics);
        }

        var (compiled, problems) = Compiled(snapshot);
        diagnostics.AddRange(problems);
        if (compiled is null)
        {
            return Failed(record, null, diagnostics);
        }

        var form = compiled.Definition;
        if ((form.Info.Form, form.Info.Version) != (record.Form, record.Version))
        {
            diagnostics.ReportFile($"evaluation {record.Id}", DiagnosticCatalog.RecordDamaged, record.Id,
                $"it names {record.Form} {record.Version}, but its rule set is {form.Info.Form} {form.Info.Version}");
            return Failed(record, form.Info.Version, diagnostics);
        }

        return Replay(record, StoredBalances.From(record), compiled, fit: false);
    }

    /// <summary>
    /// Replays <paramref name="record"/> on version <paramref name="version"/> of its form in
    /// <paramref name="rules"/>, or (when null) on the version in force there on its as-of date.
    /// Optional figures the version has no place for (targets, filed, supplemental) are left out, and
    /// the replay's notes say so.
    /// </summary>
    public RecordReplay Against(EvaluationRecord record, RuleRepository rules, string? version)
    {
        var diagnostics = new DiagnosticBag();
        var file = StoredBalances.From(record);
        if (file.AsOf is not { } asOf)
        {
            diagnostics.ReportFile($"evaluation {record.Id}", DiagnosticCatalog.RecordDamaged, record.Id, $"its as-of date '{record.AsOf}' is not a date");
            return Failed(record, null, diagnostics);
        }

        var chosen = rules.Select(record.Form, asOf, version, diagnostics, file.AsOfPosition);
        var compiled = chosen is null ? null : ruleSets.For(chosen, diagnostics);
        return compiled is null ? Failed(record, chosen?.Info.Version, diagnostics) : Replay(record, file, compiled, fit: true, LineageFrom(record, rules, chosen!, diagnostics));
    }

    /// <summary>The lineage that maps the record's version to <paramref name="chosen"/>: the one <paramref name="chosen"/> declares when the record's version is the one just before it.</summary>
    private static LineLineage LineageFrom(EvaluationRecord record, RuleRepository rules, RuleVersion chosen, DiagnosticBag diagnostics)
    {
        return rules.Previous(chosen)?.Info.Version == record.Version ? LineLineage.Read(chosen.Directory, diagnostics) : LineLineage.None;
    }

    private (CompiledForm? Compiled, IReadOnlyList<Diagnostic> Problems) Compiled(RuleSetSnapshot snapshot) =>
        _snapshots.GetOrAdd(snapshot.Id, _ => new(() => Compile(snapshot))).Value;

    private (CompiledForm?, IReadOnlyList<Diagnostic>) Compile(RuleSetSnapshot snapshot)
    {
        var problems = new DiagnosticBag();
        var files = SnapshotRules.Files(snapshot, problems);
        var compiled = files is null ? null : ruleSets.For(SnapshotRules.Name(snapshot), files, problems);
        return compiled is null || SnapshotRules.Matches(compiled.Definition, snapshot, problems) ? (compiled, problems.Items) : (null, problems.Items);
    }

    // Replays record, whose balances are file, on compiled (fitting them to it when fit).
    private static RecordReplay Replay(EvaluationRecord record, BalancesFile file, CompiledForm compiled, bool fit, LineLineage? lineage = null)
    {
        var form = compiled.Definition;
        var notes = new List<string>();
        var diagnostics = new DiagnosticBag();
        var inputs = BalancesBinder.Bind(fit ? StoredBalances.Fit(file, form, notes) : file, form, diagnostics);
        if (inputs is null)
        {
            return Failed(record, form.Info.Version, diagnostics, notes);
        }

        try
        {
            var replayed = EvaluationPipeline.Run(compiled, inputs);
            // Through the lineage, a renumbered line is compared with its predecessor, not listed as only on one side.
            IReadOnlySet<string> unmatched = NoLines;
            var stored = lineage is null ? record.Lines : lineage.Carry(record.Lines, out unmatched);
            var lines = Lines(stored, replayed.Values, unmatched);
            var findings = replayed.Findings.Select(FindingRecord.From).ToList();
            return new RecordReplay(record, form.Info.Version, lines, Findings(record.Findings, findings, fit ? null : form), [], notes);
        }
        catch (LineEvaluationException e)
        {
            diagnostics.Add(EvaluationPipeline.ArithmeticDiagnostic(form, e));
        }

        return Failed(record, form.Info.Version, diagnostics, notes);
    }

    // Every line whose stored and replayed figures are not identical (or that only one side has), in
    // line order; a replayed line the lineage could not match is left out. Most records reproduce, so
    // nothing is built for a line that does, and the stored lines are looked up by the replayed keys'
    // text: a key is made only for a stored line the replay may lack.
    private static LineDifference[] Lines(IReadOnlyDictionary<string, decimal> stored, IReadOnlyDictionary<LineKey, decimal> replayed, IReadOnlySet<string> unmatched)
    {
        var differences = new List<LineDifference>();
        var found = 0;
        foreach (var (key, figure) in replayed)
        {
            if (stored.TryGetValue(key.Value, out var value))
            {
                found++;
                decimal? again = unmatched.Contains(key.Value) ? null : figure;
                if (!Identical(value, again))
                {
                    differences.Add(new LineDifference(key.Value, value, again));
                }
            }
            else if (!unmatched.Contains(key.Value))
            {
                differences.Add(new LineDifference(key.Value, null, figure));
            }
        }

        if (found < stored.Count)
        {
            foreach (var (key, value) in stored)
            {
                if (!replayed.ContainsKey(new LineKey(key)))
                {
                    differences.Add(new LineDifference(key, value, null));
                }
            }
        }

        return differences.Count == 0 ? [] : differences.OrderBy(d => new LineKey(d.Key)).ToArray();
    }

    // Exactly the same figure, written the same way: 1.0 and 1.00 are equal but would not print alike.
    private static bool Identical(decimal? a, decimal? b) => a == b && a?.Scale == b?.Scale;

    // On the record's own rule set (sameRules) findings are compared by check, status and figures:
    // their words follow from the rule set, and are built only for a finding that differs. On another
    // version the words themselves are compared, so a changed title or citation shows as drift.
    private static FindingDifference[] Findings(List<FindingRecord> stored, List<FindingRecord> replayed, FormDefinition? sameRules)
    {
        var before = stored.ToLookup(f => f.Check, StringComparer.Ordinal);
        var after = replayed.ToLookup(f => f.Check, StringComparer.Ordinal);
        return stored.Concat(replayed).Select(f => f.Check).Distinct(StringComparer.Ordinal)
            .Select(check => (Check: check, Stored: before[check].FirstOrDefault(), Replayed: after[check].FirstOrDefault()))
            .Where(d => d.Stored is null || d.Replayed is null || before[d.Check].Count() != after[d.Check].Count()
                || (sameRules is null ? d.Stored.DifferencesFrom(d.Replayed).Count > 0 : !d.Stored.SameOnRuleSet(d.Replayed)))
            .Select(d => new FindingDifference(d.Check, sameRules is null ? d.Stored : d.Stored?.Worded(sameRules), d.Replayed))
            .ToArray();
    }

    private static RecordReplay Failed(EvaluationRecord record, string? version, DiagnosticBag diagnostics, IReadOnlyList<string>? notes = null) =>
        new(record, version, [], [], diagnostics.Sorted(), notes ?? []);
}
