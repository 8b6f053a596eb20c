using SegRules.Engine.Model;

namespace SegRules.Authoring.Docs;

/// <summary>Writes the documents of a version into a folder: <c>VERSION.md</c>, <c>VERSION.html</c> and <c>VERSION.svg</c>.</summary>
public static class FormDocs
{
    /// <summary>The files of <paramref name="form"/>'s documents, by file name, with their text.</summary>
    public static IReadOnlyDictionary<string, string> Render(FormDefinition form, FormDefinition? previous) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [form.Info.Version + ".md"] = FormDocument.Write(new MarkdownDocument(), form, previous),
        [form.Info.Version + ".html"] = FormDocument.Write(new HtmlDocument($"{form.Info.Title} {form.Info.Version}"), form, previous),
        [FormDocument.GraphFile(form)] = DependencyGraphSvg.Render(form),
    };
}
