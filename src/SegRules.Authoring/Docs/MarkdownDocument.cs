using System.Text;

namespace SegRules.Authoring.Docs;

/// <summary>Writes a form's document as GitHub-flavoured Markdown; text from rule files is escaped so it reads as written.</summary>
public sealed class MarkdownDocument : IDocumentWriter
{
    private readonly StringBuilder _text = new();

    /// <inheritdoc />
    public void Heading(int level, string text) => _text.Append(new string('#', level)).Append(' ').Append(Escape(text)).Append("\n\n");

    /// <inheritdoc />
    public void Paragraph(string text) => _text.Append(Escape(text)).Append("\n\n");

    /// <inheritdoc />
    public void List(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            _text.Append("- ").Append(Escape(item)).Append('\n');
        }

        _text.Append('\n');
    }

    /// <inheritdoc />
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _text.Append("| ").Append(string.Join(" | ", header.Select(Escape))).Append(" |\n");
        _text.Append('|').Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            _text.Append("| ").Append(string.Join(" | ", row.Select(c => Escape(c).Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
        }

        _text.Append('\n');
    }

    /// <inheritdoc />
    public void Links(IEnumerable<(string Text, string Url)> links)
    {
        foreach (var (text, url) in links)
        {
            _text.Append("- [").Append(Escape(text)).Append("](<").Append(url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)).Append(">)\n");
        }

        _text.Append('\n');
    }

    /// <inheritdoc />
    public void Image(string file, string description) => _text.Append("![").Append(Escape(description)).Append("](").Append(Uri.EscapeDataString(file)).Append(")\n\n");

    /// <inheritdoc />
    public string Finish() => _text.ToString().TrimEnd('\n') + "\n";

    /// <summary>Text as Markdown shows it literally: characters that would start markup or HTML are escaped, line breaks folded.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
