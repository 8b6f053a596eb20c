using System.Globalization;

namespace SegRules.Engine.Model;

/// <summary>
/// One source a line or check rests on. Written either as a short string (<c>17 CFR 1.20</c>: only
/// <paramref name="Text"/>) or as its parts: authority, document, section, Federal Register page or
/// notice number, effective date and a link where one is known.
/// </summary>
/// <param name="Text">The short string as written, or null when the source is written in parts.</param>
/// <param name="Authority">Who issued it, e.g. <c>CFTC</c>, <c>NFA</c>, <c>Congress</c>.</param>
/// <param name="Document">The rule, act or notice, e.g. <c>17 CFR 1.20</c>, <c>Financial Requirements</c>.</param>
/// <param name="Section">The section or paragraph within it.</param>
/// <param name="FederalRegister">The Federal Register citation, e.g. <c>78 FR 68506</c>.</param>
/// <param name="Notice">A notice number, e.g. <c>I-12-29</c>.</param>
/// <param name="Effective">The date the source took effect, when known.</param>
/// <param name="Link">An http(s) link to the source, when known.</param>
/// <param name="Position">Where the source is written.</param>
public sealed record CitationSource(
    string? Text,
    string? Authority,
    string? Document,
    string? Section,
    string? FederalRegister,
    string? Notice,
    DateOnly? Effective,
    string? Link,
    SourcePosition Position)
{
    /// <summary>What the source is, without its dates and numbers: the short string, or authority, document and section.</summary>
    public string Name => Text ?? string.Join(' ', new[] { Authority, Document, Section }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The source as one line of text: the short string, or its parts joined.</summary>
    public string ShortForm
    {
        get
        {
            if (Text is not null)
            {
                return Text;
            }

            var extras = new[] { FederalRegister, Notice is null ? null : "Notice " + Notice, Effective is { } d ? "effective " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null }
                .Where(p => p is not null);
            return string.Join(", ", extras.Prepend(Name).Where(p => p!.Length > 0));
        }
    }
}
