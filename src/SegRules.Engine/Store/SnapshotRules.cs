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
        var files = Files(snapshot, diagnostics);
        var form = files is null ? null : RuleRepository.Load(RuleFileSource.InMemory(Name(snapshot), files), diagnostics);
        return form is null || Matches(form, snapshot, diagnostics) ? form : null;
    }

    /// <summary>The files of <paramref name="snapshot"/>; null (reported) when they no longer hash to its id.</summary>
    public static IReadOnlyList<RuleSetFile>? Files(RuleSetSnapshot snapshot, DiagnosticBag diagnostics)
    {
        var files = snapshot.Files.Select(f => new RuleSetFile(f.Path, f.Text)).ToArray();
        var hash = RuleSetHash.Of(files);
        if (hash == snapshot.Id)
        {
            return files;
        }

        diagnostics.ReportFile(Name(snapshot), DiagnosticCatalog.SnapshotAltered, Short(snapshot.Id), $"hashes to {Short(hash)}");
        return null;
    }

    /// <summary>True when <paramref name="form"/>, loaded from <paramref name="snapshot"/>, is the form and version it is stored as; else reported.</summary>
    public static bool Matches(FormDefinition form, RuleSetSnapshot snapshot, DiagnosticBag diagnostics)
    {
        if ((form.Info.Form, form.Info.Version) == (snapshot.Form, snapshot.Version))
        {
            return true;
        }

        diagnostics.ReportFile(Name(snapshot), DiagnosticCatalog.SnapshotAltered, Short(snapshot.Id),
            $"is {form.Info.Form} {form.Info.Version}, but is stored as {snapshot.Form} {snapshot.Version}");
        return false;
    }

    /// <summary>How positions in <paramref name="snapshot"/>'s files are named, e.g. <c>snapshot 1a2b3c4d5e6f/segregation.yaml(12,7)</c>.</summary>
    public static string Name(RuleSetSnapshot snapshot) => $"snapshot {Short(snapshot.Id)}";

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
