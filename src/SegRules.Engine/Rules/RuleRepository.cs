using System.Security.Cryptography;
using System.Text;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Validate;

namespace SegRules.Engine.Rules;

/// <summary>
/// A folder of rule sets: the bundled <c>rules/</c> or an analyst's working copy. It may be the
/// root (<c>FORM/VERSION/manifest.yaml</c> below it), one form's folder, or one version's folder.
/// Finds versions, picks the one in force on a date, and loads it into a validated definition.
/// </summary>
public sealed class RuleRepository
{
    private readonly Lazy<Discovered> _versions;
    private readonly Dictionary<string, (FormDefinition? Form, IReadOnlyList<Diagnostic> Problems)> _loaded = new(StringComparer.Ordinal);

    private readonly IManifestMemory? _manifests;

    /// <summary>
    /// Opens the rules folder at <paramref name="root"/>; nothing is read until asked. With
    /// <paramref name="manifests"/>, a manifest read before (the same text) is not parsed again.
    /// </summary>
    public RuleRepository(string root, IManifestMemory? manifests = null)
    {
        Root = root;
        _manifests = manifests;
        _versions = new(Discover);
    }

    /// <summary>The folder given.</summary>
    public string Root { get; }

    /// <summary>Every version whose manifest reads cleanly, ordered by form and effective date.</summary>
    public IReadOnlyList<RuleVersion> Versions => _versions.Value.Versions;

    /// <summary>Problems found reading the manifests (a broken manifest hides only its own version).</summary>
    public IReadOnlyList<Diagnostic> ManifestProblems => _versions.Value.Problems;

    /// <summary>
    /// The version of <paramref name="form"/> to use for a statement as of <paramref name="asOf"/>:
    /// <paramref name="requested"/> when given, else the one whose effective period covers the date.
    /// </summary>
    public RuleVersion? Select(string form, DateOnly asOf, string? requested, DiagnosticBag diagnostics, SourcePosition? asOfPosition = null)
    {
        var versions = Versions.Where(v => v.Info.Form == form).ToArray();
        var display = SourceFiles.Display(Root);
        if (versions.Length == 0)
        {
            diagnostics.AddRange(ManifestProblems);
            var forms = Versions.Select(v => v.Info.Form).Distinct().ToArray();
            if (forms.Length == 0)
            {
                diagnostics.ReportFile(null, DiagnosticCatalog.NoRules, display);
            }
            else
            {
                diagnostics.ReportFile(null, DiagnosticCatalog.UnknownForm, form, display, string.Join(", ", forms));
            }

            return null;
        }

        string List() => string.Join("; ", versions.Select(v => $"{v.Info.Version} ({v.Info.EffectivePeriod})"));
        if (requested is not null)
        {
            var chosen = versions.FirstOrDefault(v => v.Info.Version == requested);
            if (chosen is null)
            {
                diagnostics.ReportFile(null, DiagnosticCatalog.UnknownVersion, form, requested, List());
            }

            return chosen;
        }

        // A version stays in force until its effective_to or until a later version takes over, so a
        // released version never has to be edited to make room for its successor.
        var covering = LatestCovering(versions, asOf);
        switch (covering.Count)
        {
            case 1:
                return covering[0];
            case 0 when asOfPosition is { } at:
                diagnostics.Report(at, DiagnosticCatalog.NoVersionCovers, form, asOf.ToString("yyyy-MM-dd"), List());
                return null;
            case 0:
                diagnostics.ReportFile(null, DiagnosticCatalog.NoVersionCovers, form, asOf.ToString("yyyy-MM-dd"), List());
                return null;
            default:
                diagnostics.ReportFile(null, DiagnosticCatalog.VersionConflict,
                    $"versions {string.Join(" and ", covering.Select(v => v.Info.Version))} of {form} both take effect on {covering[0].Info.EffectiveFrom:yyyy-MM-dd}: give one a later effective_from, or choose one with --rules-version");
                return null;
        }
    }

    // The versions covering asOf that took effect last (more than one is a conflict), in folder order.
    // Written as loops: this runs in every evaluation, and LINQ over dates is compiled at start-up.
    private static List<RuleVersion> LatestCovering(IReadOnlyList<RuleVersion> versions, DateOnly asOf)
    {
        var latest = new List<RuleVersion>();
        foreach (var version in versions)
        {
            if (!version.Info.Covers(asOf))
            {
                continue;
            }

            if (latest.Count > 0 && version.Info.EffectiveFrom > latest[0].Info.EffectiveFrom)
            {
                latest.Clear();
            }

            if (latest.Count == 0 || version.Info.EffectiveFrom == latest[0].Info.EffectiveFrom)
            {
                latest.Add(version);
            }
        }

        return latest;
    }

    /// <summary>
    /// The last date <paramref name="version"/> is in force: its effective_to, or the day before the next
    /// version of its form takes effect, whichever is earlier; null while it is in force.
    /// </summary>
    public DateOnly? InForceUntil(RuleVersion version)
    {
        var next = Versions.Where(v => v.Info.Form == version.Info.Form && v.Info.EffectiveFrom > version.Info.EffectiveFrom)
            .Select(v => (DateOnly?)v.Info.EffectiveFrom.AddDays(-1)).Min();
        return (version.Info.EffectiveTo, next) switch
        {
            ({ } to, { } before) => to < before ? to : before,
            (var to, var before) => to ?? before,
        };
    }

    /// <summary>The version of the same form that took effect last before <paramref name="version"/>; null for the first.</summary>
    public RuleVersion? Previous(RuleVersion version) =>
        Versions.Where(v => v.Info.Form == version.Info.Form && v.Info.EffectiveFrom < version.Info.EffectiveFrom).MaxBy(v => v.Info.EffectiveFrom);

    /// <summary>The version of <paramref name="form"/> with id <paramref name="id"/>; null (reported) when there is none.</summary>
    public RuleVersion? Find(string form, string id, DiagnosticBag diagnostics)
    {
        var version = Versions.FirstOrDefault(v => v.Info.Form == form && v.Info.Version == id);
        if (version is null)
        {
            diagnostics.ReportFile(null, DiagnosticCatalog.UnknownVersion, form, id,
                string.Join("; ", Versions.Where(v => v.Info.Form == form).Select(v => v.Info.Version)));
        }

        return version;
    }

    /// <summary>Reads and validates <paramref name="version"/>; null with every problem reported when it is not valid.</summary>
    public static FormDefinition? Load(RuleVersion version, DiagnosticBag diagnostics) => Load(version.Directory, diagnostics);

    /// <summary>Reads and validates the version folder <paramref name="directory"/>.</summary>
    public static FormDefinition? Load(string directory, DiagnosticBag diagnostics) => Load(RuleFileSource.Folder(directory), diagnostics);

    /// <summary>Reads and validates the rule set whose files <paramref name="source"/> holds (a folder, or a stored snapshot's texts).</summary>
    public static FormDefinition? Load(RuleFileSource source, DiagnosticBag diagnostics)
    {
        // The reader reads past the problems it can (an unknown key, a list item of the wrong type, a
        // missing page file) so that validation reports its own too; the definition counts only when
        // neither stage reported anything.
        var before = diagnostics.Items.Count;
        var syntax = RuleSetReader.Read(source, diagnostics);
        var form = syntax is null ? null : FormDefinitionBuilder.Build(syntax, diagnostics);
        return diagnostics.Items.Count == before ? form : null;
    }

    /// <summary>
    /// <see cref="Load(RuleVersion, DiagnosticBag)"/> once per version for this repository: a batch of
    /// balances files reads and validates each version it uses once, and its problems are reported
    /// again, the same, to every file that needs it.
    /// </summary>
    public FormDefinition? LoadOnce(RuleVersion version, DiagnosticBag diagnostics)
    {
        lock (_loaded)
        {
            if (!_loaded.TryGetValue(version.Directory, out var loaded))
            {
                var problems = new DiagnosticBag();
                loaded = (Load(version, problems), problems.Items);
                _loaded.Add(version.Directory, loaded);
            }

            diagnostics.AddRange(loaded.Problems);
            return loaded.Form;
        }
    }

    private Discovered Discover()
    {
        var problems = new DiagnosticBag();
        var versions = new List<RuleVersion>();
        var idPositions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var byId = new Dictionary<string, List<RuleVersion>>(StringComparer.Ordinal);
        var ids = new List<List<RuleVersion>>();
        foreach (var directory in VersionDirectories())
        {
            if (Manifest(directory, problems) is { } facts)
            {
                var info = facts.Info;
                var version = new RuleVersion(info, directory) { Pages = facts.Pages };
                versions.Add(version);
                idPositions[directory] = facts.VersionAt;
                var id = info.Form + "\n" + info.Version;
                if (!byId.TryGetValue(id, out var same))
                {
                    byId.Add(id, same = []);
                    ids.Add(same);
                }

                same.Add(version);
            }
        }

        // Reported at the later folder's version id, where the author would rename it.
        foreach (var clash in ids.Where(same => same.Count > 1))
        {
            problems.Report(idPositions[clash[^1].Directory], DiagnosticCatalog.VersionConflict,
                $"version {clash[0].Info.Version} of {clash[0].Info.Form} is defined in {string.Join(" and ", clash.Select(v => SourceFiles.Display(v.Directory)))}: give each version its own id");
        }

        return new Discovered(InOrder(versions), problems.Items);
    }

    // The facts of the manifest in directory: kept from an earlier read of the same text, else read and
    // validated (and kept when that reported nothing); null when it does not read cleanly.
    private ManifestFacts? Manifest(string directory, DiagnosticBag problems)
    {
        if (RuleSetReader.ReadManifestText(directory, problems) is not { } text)
        {
            return null;
        }

        var hash = _manifests is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (hash is not null && _manifests!.Recall(hash, RuleFileSource.Folder(directory).Display(RuleSetReader.ManifestFileName)) is { } known)
        {
            return known;
        }

        var before = problems.Items.Count;
        var manifest = RuleSetReader.ParseManifest(directory, text, problems);
        var info = manifest is null ? null : ManifestValidator.Validate(manifest, problems);
        if (info is null)
        {
            return null;
        }

        var facts = new ManifestFacts(info, manifest!.PageFiles.Select(p => p.Value).ToArray(), manifest.Version?.Start ?? manifest.Start);
        if (hash is not null && problems.Items.Count == before)
        {
            _manifests!.Remember(hash, facts);
        }

        return facts;
    }

    // The versions whose manifests read cleanly, and the problems of the others.
    private sealed record Discovered(IReadOnlyList<RuleVersion> Versions, IReadOnlyList<Diagnostic> Problems);

    // By form, then effective date; versions that compare equal keep their folder order.
    private static RuleVersion[] InOrder(List<RuleVersion> versions)
    {
        var ordered = versions.ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var version = ordered[i];
            var j = i - 1;
            for (; j >= 0 && Compare(ordered[j], version) > 0; j--)
            {
                ordered[j + 1] = ordered[j];
            }

            ordered[j + 1] = version;
        }

        return ordered;
    }

    private static int Compare(RuleVersion a, RuleVersion b)
    {
        var byForm = string.CompareOrdinal(a.Info.Form, b.Info.Form);
        return byForm != 0 ? byForm : a.Info.EffectiveFrom.CompareTo(b.Info.EffectiveFrom);
    }

    private IEnumerable<string> VersionDirectories()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        if (File.Exists(Path.Combine(Root, RuleSetReader.ManifestFileName)))
        {
            return [Root];
        }

        var children = Directory.GetDirectories(Root).Order(StringComparer.Ordinal).ToArray();
        var versionsHere = children.Where(d => File.Exists(Path.Combine(d, RuleSetReader.ManifestFileName))).ToArray();
        return versionsHere.Length > 0
            ? versionsHere
            : children.SelectMany(form => Directory.GetDirectories(form).Order(StringComparer.Ordinal))
                .Where(d => File.Exists(Path.Combine(d, RuleSetReader.ManifestFileName)));
    }
}
