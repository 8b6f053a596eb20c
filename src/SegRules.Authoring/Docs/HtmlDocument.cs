using System.Net;
using System.Text;

namespace SegRules.Authoring.Docs;

/// <summary>Writes a form's document as one self-contained HTML page; every text from rule files is HTML-encoded.</summary>
/// <param name="title">The page title.</param>
public sealed class HtmlDocument(string title) : IDocumentWriter
{
    private readonly StringBuilder _body = new();

    /// <inheritdoc />
    public void Heading(int level, string text) => _body.Append($"<h{level}>").Append(Encode(text)).Append($"</h{level}>\n");

    /// <inheritdoc />
    public void Paragraph(string text) => _body.Append("<p>").Append(Encode(text)).Append("</p>\n");

    /// <inheritdoc />
    public void List(IEnumerable<string> items)
    {
        _body.Append("<ul>\n");
        foreach (var item in items)
        {
            _body.Append("<li>").Append(Encode(item)).Append("</li>\n");
        }

        _body.Append("</ul>\n");
    }

    /// <inheritdoc />
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _body.Append("<table>\n<thead><tr>").Append(string.Concat(header.Select(h => $"<th>{Encode(h)}</th>"))).Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{Encode(c)}</td>"))).Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table>\n");
    }

    /// <inheritdoc />
    public void Links(IEnumerable<(string Text, string Url)> links)
    {
        _body.Append("<ul>\n");
        foreach (var (text, url) in links)
        {
            _body.Append("<li><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(text)).Append("</a></li>\n");
        }

        _body.Append("</ul>\n");
    }

    /// <inheritdoc />
    public void Image(string file, string description) =>
        _body.Append("<p><img src=\"").Append(Encode(Uri.EscapeDataString(file))).Append("\" alt=\"").Append(Encode(description)).Append("\"></p>\n");

    /// <inheritdoc />
    public string Finish() =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Encode(title) + "</title>\n"
        + "<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em}table{border-collapse:collapse;margin:1em 0}"
        + "td,th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top;text-align:left}th{background:#eee}</style>\n</head>\n<body>\n"
        + _body + "</body>\n</html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
