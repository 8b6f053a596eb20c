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

    /// <summary>The first 12 characters of a content hash, as SegRules prints them.</summary>
    public static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
