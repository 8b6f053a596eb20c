namespace SegRules.Authoring.Docs;

/// <summary>The few things a form's document is made of, written as Markdown or HTML.</summary>
public interface IDocumentWriter
{
    /// <summary>A heading of <paramref name="level"/> (1 to 3).</summary>
    void Heading(int level, string text);

    /// <summary>A paragraph of plain text.</summary>
    void Paragraph(string text);

    /// <summary>A bulleted list of plain texts.</summary>
    void List(IEnumerable<string> items);

    /// <summary>A table; cells are plain text.</summary>
    void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows);

    /// <summary>A bulleted list of links (only http and https addresses reach here).</summary>
    void Links(IEnumerable<(string Text, string Url)> links);

    /// <summary>An image from a file beside the document.</summary>
    void Image(string file, string description);

    /// <summary>The finished document.</summary>
    string Finish();
}
