using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>
/// Reads a version folder, or the same files held in memory (<c>manifest.yaml</c> and the page files
/// it lists), into syntax records, reporting YAML errors, unknown keys and wrong types with
/// positions. Meaning is checked later, by the validator.
/// </summary>
public static class RuleSetReader
{
    /// <summary>The name of the file that describes a version.</summary>
    public const string ManifestFileName = "manifest.yaml";

    /// <summary>Reads the version in <paramref name="directory"/>; null when the manifest cannot be read at all.</summary>
    public static RuleSetSyntax? Read(string directory, DiagnosticBag diagnostics) => Read(RuleFileSource.Folder(directory), diagnostics);

    /// <summary>Reads the version whose files <paramref name="source"/> holds; null when the manifest cannot be read at all.</summary>
    public static RuleSetSyntax? Read(RuleFileSource source, DiagnosticBag diagnostics)
    {
        var files = new List<RuleSetFile>();
        var manifestNode = ReadFile(source, ManifestFileName, files, diagnostics);
        if (manifestNode is null)
        {
            return null;
        }

        var manifest = ReadManifest(manifestNode, diagnostics);
        if (manifest is null)
        {
            return null;
        }

        var pages = new List<PageSyntax>();
        foreach (var pageFile in manifest.PageFiles)
        {
            if (!IsPlainFileName(pageFile.Value))
            {
                diagnostics.Report(pageFile.Start, DiagnosticCatalog.InvalidValue, pageFile.Value, "page file",
                    "name a .yaml file in the version folder itself");
                continue;
            }

            var pageNode = ReadFile(source, pageFile.Value, files, diagnostics, pageFile.Start);
            if (pageNode is not null && ReadPage(pageNode, pageFile.Value, diagnostics) is { } page)
            {
                pages.Add(page);
            }
        }

        return new RuleSetSyntax(manifest, pages, files, source.Name);
    }

    /// <summary>
    /// The files <see cref="Read(RuleFileSource, DiagnosticBag)"/> would read (the manifest, then each
    /// page file it lists), read but not parsed, so a rule set can be hashed and looked up among the
    /// compiled ones; null when one cannot be read or the manifest does not read cleanly (a full read
    /// then reports why). Given the <paramref name="pages"/> the manifest lists (its facts kept from an
    /// earlier read of the same text), the manifest is read but not parsed.
    /// </summary>
    public static IReadOnlyList<RuleSetFile>? ReadFiles(RuleFileSource source, IReadOnlyList<string>? pages = null)
    {
        var files = new List<RuleSetFile>();
        if (pages is null)
        {
            var problems = new DiagnosticBag();
            var node = ReadFile(source, ManifestFileName, files, problems);
            var manifest = node is null ? null : ReadManifest(node, problems);
            if (manifest is null || problems.Items.Count > 0)
            {
                return null;
            }

            pages = manifest.PageFiles.Select(p => p.Value).ToArray();
        }
        else if (source.Read(ManifestFileName, out _) is { } manifestText)
        {
            files.Add(new RuleSetFile(ManifestFileName, manifestText));
        }
        else
        {
            return null;
        }

        foreach (var pageFile in pages)
        {
            if (!IsPlainFileName(pageFile) || source.Read(pageFile, out _) is not { } text)
            {
                return null;
            }

            files.Add(new RuleSetFile(pageFile, text));
        }

        return files;
    }

    /// <summary>The text of the manifest in <paramref name="directory"/>; null, reported, when it cannot be read.</summary>
    public static string? ReadManifestText(string directory, DiagnosticBag diagnostics) =>
        ReadText(RuleFileSource.Folder(directory), ManifestFileName, diagnostics);

    /// <summary>The manifest <paramref name="text"/> read from <paramref name="directory"/>; null with its problems reported.</summary>
    public static ManifestSyntax? ParseManifest(string directory, string text, DiagnosticBag diagnostics) =>
        YamlTreeReader.Read(RuleFileSource.Folder(directory).Display(ManifestFileName), text, diagnostics) is { } node ? ReadManifest(node, diagnostics) : null;

    private static bool IsPlainFileName(string name) =>
        name.EndsWith(".yaml", StringComparison.Ordinal) && name == Path.GetFileName(name) && !name.StartsWith('.');

    private static YamlNode? ReadFile(RuleFileSource source, string name, List<RuleSetFile> files, DiagnosticBag diagnostics, SourcePosition? listedAt = null)
    {
        if (ReadText(source, name, diagnostics, listedAt) is not { } text)
        {
            return null;
        }

        files.Add(new RuleSetFile(name, text));
        return YamlTreeReader.Read(source.Display(name), text, diagnostics);
    }

    private static string? ReadText(RuleFileSource source, string name, DiagnosticBag diagnostics, SourcePosition? listedAt = null)
    {
        var display = source.Display(name);
        var text = source.Read(name, out var reason);
        if (text is null && listedAt is { } at)
        {
            diagnostics.Report(at, DiagnosticCatalog.FileUnreadable, display, reason);
        }
        else if (text is null)
        {
            diagnostics.ReportFile(display, DiagnosticCatalog.FileUnreadable, display, reason);
        }

        return text;
    }

    private static ManifestSyntax? ReadManifest(YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not MappingNode mapping)
        {
            diagnostics.Report(node.Start, DiagnosticCatalog.WrongType, ManifestFileName, "a mapping", node.Description);
            return null;
        }

        var reader = new MappingReader(mapping, "the manifest", RuleFileKeys.Manifest, diagnostics);
        var pageFiles = new List<ScalarNode>();
        foreach (var item in reader.Sequence("pages", "the page files of the version, in printed order")?.Items ?? [])
        {
            if (item is ScalarNode { IsNull: false } scalar)
            {
                pageFiles.Add(scalar);
            }
            else
            {
                diagnostics.Report(item.Start, DiagnosticCatalog.WrongType, "pages item", "a file name", item.Description);
            }
        }

        return new ManifestSyntax(
            reader.Scalar("form", "the form id, e.g. daily-seg"),
            reader.Scalar("version", "the version id, e.g. 2012-11-30"),
            reader.Scalar("title", "the form's printed title"),
            reader.Date("effective_from", "the first as-of date the version applies to, yyyy-MM-dd"),
            reader.Date("effective_to"),
            Items(reader.Sequence("sources"), "a source", RuleFileKeys.Source, diagnostics, ReadSource),
            reader.TextList("citations"),
            reader.TextList("assumptions"),
            pageFiles,
            mapping.Start);
    }

    private static PageSyntax? ReadPage(YamlNode node, string relativePath, DiagnosticBag diagnostics)
    {
        if (node is not MappingNode mapping)
        {
            diagnostics.Report(node.Start, DiagnosticCatalog.WrongType, relativePath, "a mapping", node.Description);
            return null;
        }

        var reader = new MappingReader(mapping, "a page", RuleFileKeys.Page, diagnostics);
        var lines = Items(reader.Sequence("lines", "the page's lines in printed order"), "a line", RuleFileKeys.Line, diagnostics, ReadLine);
        var targets = Items(reader.Sequence("targets"), "a target", RuleFileKeys.Target, diagnostics, ReadTarget);
        var supplementals = Items(reader.Sequence("supplemental"), "a supplemental figure", RuleFileKeys.Supplemental, diagnostics, ReadSupplemental);
        var checks = Items(reader.Sequence("checks"), "a check", RuleFileKeys.Check, diagnostics, ReadCheck);
        return new PageSyntax(
            reader.Scalar("page", "a page id, e.g. segregation"),
            reader.Scalar("title", "the page heading as printed"),
            reader.Scalar("citation"),
            lines,
            targets,
            supplementals,
            checks,
            relativePath,
            mapping.Start);
    }

    private static List<T> Items<T>(SequenceNode? sequence, string what, IReadOnlyCollection<string> keys, DiagnosticBag diagnostics, Func<MappingReader, DiagnosticBag, T> read)
    {
        var items = new List<T>();
        foreach (var item in sequence?.Items ?? [])
        {
            if (item is MappingNode mapping)
            {
                items.Add(read(new MappingReader(mapping, what, keys, diagnostics), diagnostics));
            }
            else
            {
                diagnostics.Report(item.Start, DiagnosticCatalog.WrongType, what, "a mapping", item.Description);
            }
        }

        return items;
    }

    private static LineSyntax ReadLine(MappingReader reader, DiagnosticBag diagnostics)
    {
        var (citation, sources) = CitationReader.Read(reader, diagnostics);
        return new(
            reader.Scalar("code"),
            reader.Scalar("id"),
            reader.Scalar("line"),
            reader.Scalar("label"),
            reader.Scalar("kind", "input or formula"),
            reader.Scalar("sign"),
            reader.Scalar("formula"),
            reader.Scalar("default"),
            citation,
            reader.Scalar("note"),
            reader.Scalar("section"),
            reader.Node.Start) { Sources = sources };
    }

    private static SourceSyntax ReadSource(MappingReader reader, DiagnosticBag diagnostics) => new(
        reader.Scalar("document", "what the source is, e.g. CFTC customer protection rules"),
        reader.Scalar("reference"),
        reader.Date("effective"),
        reader.Scalar("note"),
        reader.Node.Start);

    private static SupplementalSyntax ReadSupplemental(MappingReader reader, DiagnosticBag diagnostics)
    {
        var (citation, sources) = CitationReader.Read(reader, diagnostics);
        return new(
            reader.Scalar("id", "a snake_case id balances files use under supplemental"),
            reader.Scalar("label", "what the figure is"),
            citation,
            reader.Scalar("note"),
            reader.Node.Start) { Sources = sources };
    }

    private static CheckSyntax ReadCheck(MappingReader reader, DiagnosticBag diagnostics)
    {
        var (citation, sources) = CitationReader.Read(reader, diagnostics);
        return new(
            reader.Scalar("id", "a snake_case id, unique among lines and checks"),
            reader.Scalar("title", "a short name for the check"),
            reader.Scalar("when", "the condition under which the finding fires, e.g. [7190] < 0"),
            reader.Scalar("severity", "info, warning, breach or critical"),
            reader.Scalar("message", "the finding's message; {formula:N0} shows a figure"),
            citation,
            reader.Scalar("action"),
            reader.Scalar("deadline"),
            reader.Scalar("note"),
            reader.Node.Start) { Sources = sources };
    }

    private static TargetSyntax ReadTarget(MappingReader reader, DiagnosticBag diagnostics) => new(
        reader.Scalar("pool", "the pool id balances files use, e.g. segregation"),
        reader.Scalar("label", "the cover page's wording"),
        reader.Scalar("citation"),
        reader.Scalar("amount", "the line of choice (a), a minimum dollar amount"),
        reader.Scalar("percent", "the line of choice (b), a minimum percentage"),
        Pair(reader, "amount_range", diagnostics),
        Pair(reader, "percent_range", diagnostics),
        reader.Node.Start);

    private static (ScalarNode Low, ScalarNode High)? Pair(MappingReader reader, string key, DiagnosticBag diagnostics)
    {
        var sequence = reader.Sequence(key, "the [low, high] lines of the range choice");
        if (sequence is null)
        {
            return null;
        }

        if (sequence.Items is [ScalarNode low, ScalarNode high])
        {
            return (low, high);
        }

        diagnostics.Report(sequence.Start, DiagnosticCatalog.WrongType, key, "a list of two line ids [low, high]", $"a list of {sequence.Items.Count}");
        return null;
    }
}
