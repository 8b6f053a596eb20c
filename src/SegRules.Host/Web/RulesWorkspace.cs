using Microsoft.AspNetCore.Http;
using SegRules.Authoring.Diff;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Present;
using SegRules.Engine.Replay;
using SegRules.Engine.Rules;
using SegRules.Engine.Store;

namespace SegRules.Host.Web;

/// <summary>
/// The workspace's rules: the versions of the rules folder (read afresh on each request, so an
/// analyst's edits to a working folder show at once), one version in full, two compared, and the
/// drift a version would cause on stored evaluations.
/// </summary>
public sealed class RulesWorkspace(ServeSettings settings)
{
    private readonly StoreGate _store = new(settings.Database);

    /// <summary>Every version that loads, with its dates, hash and size.</summary>
    public Answer<IReadOnlyList<RuleVersionView>> Versions()
    {
        var repository = new RuleRepository(settings.RulesDirectory);
        var diagnostics = new DiagnosticBag();
        return Answer<IReadOnlyList<RuleVersionView>>.Ok(repository.Versions
            .Select(v => (Version: v, Form: RuleRepository.Load(v, diagnostics)))
            .Where(v => v.Form is not null)
            .Select(v => RuleVersionView.Of(v.Form!, repository.InForceUntil(v.Version), v.Version.Directory))
            .ToArray());
    }

    /// <summary>Version <paramref name="version"/> of <paramref name="form"/> in full.</summary>
    public Answer<RuleSetView> Version(string form, string version)
    {
        var repository = new RuleRepository(settings.RulesDirectory);
        var diagnostics = new DiagnosticBag();
        var found = repository.Find(form, version, diagnostics);
        var definition = found is null ? null : RuleRepository.Load(found, diagnostics);
        return definition is null
            ? Refused<RuleSetView>(found is null ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError, $"{form} {version} cannot be shown", diagnostics)
            : Answer<RuleSetView>.Ok(RuleSetView.Of(definition, RuleVersionView.Of(definition, repository.InForceUntil(found!), found!.Directory)));
    }

    /// <summary>What changed from version <paramref name="from"/> of <paramref name="form"/> to <paramref name="to"/>.</summary>
    public Answer<RuleDiffView> Diff(string form, string from, string to)
    {
        var repository = new RuleRepository(settings.RulesDirectory);
        var diagnostics = new DiagnosticBag();
        var a = repository.Find(form, from, diagnostics) is { } va ? RuleRepository.Load(va, diagnostics) : null;
        var b = repository.Find(form, to, diagnostics) is { } vb ? RuleRepository.Load(vb, diagnostics) : null;
        return a is null || b is null
            ? Refused<RuleDiffView>(StatusCodes.Status404NotFound, "nothing was compared", diagnostics)
            : Answer<RuleDiffView>.Ok(new RuleDiffView(form, a.Info.Version, b.Info.Version, RuleSetDiff.Compare(a, b)));
    }

    /// <summary>Stored evaluations <paramref name="query"/> selects replayed on <paramref name="version"/> (null: the version in force on each date).</summary>
    public Answer<ReplayView> Replay(string? version, EvaluationQuery query)
    {
        var repository = new RuleRepository(settings.RulesDirectory);
        if (version is not null && repository.Versions.All(v => v.Info.Version != version))
        {
            var known = string.Join("; ", repository.Versions.Select(v => $"{v.Info.Form} {v.Info.Version}"));
            return Refused<ReplayView>(StatusCodes.Status400BadRequest, "nothing was replayed",
                [Diagnostic.InFile(null, DiagnosticCatalog.UnknownVersion, settings.RulesDirectory, version, known)]);
        }

        var records = _store.Use<IReadOnlyList<EvaluationRecord>>(readOnly: true, s => s.Find(query), []);
        if (records.Problem is not null)
        {
            return records.As<ReplayView>();
        }

        var replayer = new Replayer(ServeSettings.RuleSets());
        var replays = records.Value!.Reverse().Select(r => replayer.Against(r, repository, version)).ToArray();
        return Answer<ReplayView>.Ok(ReplayView.Of(replays, asStored: false, version));
    }

    private static Answer<T> Refused<T>(int status, string error, DiagnosticBag diagnostics) => Refused<T>(status, error, diagnostics.Sorted());

    private static Answer<T> Refused<T>(int status, string error, IReadOnlyList<Diagnostic> diagnostics) =>
        Answer<T>.Refused(status, $"{error}: {string.Join("; ", diagnostics.Select(d => d.Message))}", diagnostics.Select(d => DiagnosticView.Of(d, f => f)).ToArray());
}
