using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Engine.Validate;

namespace SegRules.Engine.Store;

/// <summary>
/// Loads the rule set a stored evaluation ran on from its snapshot's texts, without the rules folder
/// (which may have changed or gone since), and checks that the texts still hash to the snapshot's id.
/// </summary>
public static class SnapshotRules
{
    /// <summary>The form definition of <paramref name="snapshot"/>; null with the problems reported when it is altered or does not load.</summary>
    public static FormDefinition? Load(RuleSetSnapshot snapshot, DiagnosticBag diagnostics)
    {
        var files = snapshot.Files.Select(f => new RuleSetFile(f.Path, f.Text)).ToArray();
        var at = $"snapshot {Short(snapshot.Id)}";
        var hash = RuleSetHash.Of(files);
        if (hash != snapshot.Id)
        {
            diagnostics.ReportFile(at, DiagnosticCatalog.SnapshotAltered, Short(snapshot.Id), $"hashes to {Short(hash)}");
            return null;
        }

        var form = RuleRepository.Load(RuleFileSource.InMemory(at, files), diagnostics);
        if (form is not null && (form.Info.Form, form.Info.Version) != (snapshot.Form, snapshot.Version))
        {
            diagnostics.ReportFile(at, DiagnosticCatalog.SnapshotAltered, Short(snapshot.Id),
                $"is {form.Info.Form} {form.Info.Version}, but is stored as {snapshot.Form} {snapshot.Version}");
            return null;
        }

        return form;
    }

    /// <summary>
    /// The form definition <paramref name="record"/> ran on, from <paramref name="snapshot"/> (null when
    /// the database has none: reported as missing).
    /// </summary>
    public static FormDefinition? For(EvaluationRecord record, RuleSetSnapshot? snapshot, DiagnosticBag diagnostics)
    {
        if (snapshot is not null)
        {
            return Load(snapshot, diagnostics);
        }

        diagnostics.ReportFile($"evaluation {record.Id}", DiagnosticCatalog.SnapshotMissing, Short(record.RulesetHash), record.Id);
        return null;
    }

    /// <summary>The first 12 characters of a content hash, as SegRules prints them.</summary>
    public static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
