using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>
/// Reads a <c>citation</c>: the short string form (<c>citation: 17 CFR 1.20</c>), or a list of sources,
/// each a short string or a mapping of authority, document, section, federal_register, notice,
/// effective (yyyy-MM-dd) and link (http or https). The text shown for it is the sources' short forms
/// joined with "; ".
/// </summary>
public static class CitationReader
{
    /// <summary>The keys a source written in parts may have.</summary>
    public static readonly IReadOnlyCollection<string> SourceKeys = ["authority", "document", "section", "federal_register", "notice", "effective", "link"];

    /// <summary>The citation under <paramref name="key"/>: its text as a scalar (for the model's citation string) and its sources.</summary>
    public static (ScalarNode? Text, IReadOnlyList<CitationSource> Sources) Read(MappingReader reader, DiagnosticBag diagnostics, string key = "citation")
    {
        switch (reader.Get(key))
        {
            case null:
                return (null, []);
            case ScalarNode scalar:
                return scalar.IsNull ? (null, []) : (scalar, [new CitationSource(scalar.Value, null, null, null, null, null, null, null, scalar.Start)]);
            case SequenceNode list:
                var sources = list.Items.Select(item => Source(item, diagnostics)).OfType<CitationSource>().ToArray();
                return (new ScalarNode(string.Join("; ", sources.Select(s => s.ShortForm)), ScalarWriting.Plain, list.Start), sources);
            case var other:
                diagnostics.Report(other.Start, DiagnosticCatalog.WrongType, key, "a short string or a list of sources", other.Description);
                return (null, []);
        }
    }

    private static CitationSource? Source(YamlNode item, DiagnosticBag diagnostics)
    {
        if (item is ScalarNode { IsNull: false } text)
        {
            return new CitationSource(text.Value, null, null, null, null, null, null, null, text.Start);
        }

        if (item is not MappingNode mapping)
        {
            diagnostics.Report(item.Start, DiagnosticCatalog.WrongType, "a citation source", "a short string or a mapping (authority, document, section...)", item.Description);
            return null;
        }

        var reader = new MappingReader(mapping, "a citation source", SourceKeys, diagnostics);
        var link = reader.Scalar("link");
        if (link is not null && !(Uri.TryCreate(link.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            diagnostics.Report(link.Start, DiagnosticCatalog.InvalidValue, link.Value, "link", "write an absolute http:// or https:// address");
            link = null;
        }

        var source = new CitationSource(null, reader.Text("authority"), reader.Text("document", "the rule, act or notice cited, e.g. 17 CFR 1.20"),
            reader.Text("section"), reader.Text("federal_register"), reader.Text("notice"), reader.Date("effective"), link?.Value, mapping.Start);
        return source.Document is null ? null : source;
    }
}
