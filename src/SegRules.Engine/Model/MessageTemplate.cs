namespace SegRules.Engine.Model;

/// <summary>
/// A finding's message: literal text with placeholders <c>{formula}</c> or <c>{formula:N0}</c> whose
/// values are filled in when the check fires. <c>{{</c> and <c>}}</c> stand for literal braces.
/// </summary>
/// <param name="Text">The template as written.</param>
/// <param name="Parts">The literal text and placeholders in order.</param>
public sealed record MessageTemplate(string Text, IReadOnlyList<TemplatePart> Parts)
{
    /// <summary>The placeholders in order.</summary>
    public IReadOnlyList<TemplatePlaceholder> Placeholders => Parts.OfType<TemplatePlaceholder>().ToArray();
}

/// <summary>A piece of a message template.</summary>
public abstract record TemplatePart;

/// <summary>Literal text of a message template.</summary>
/// <param name="Text">The text, braces already unescaped.</param>
public sealed record TemplateText(string Text) : TemplatePart;

/// <summary>A figure in a message template.</summary>
/// <param name="Expression">The number formula whose value is shown.</param>
/// <param name="Format">The numeric format (<c>N0</c>, <c>N2</c>, <c>F2</c>, ...), or null for the statement's own style.</param>
public sealed record TemplatePlaceholder(Formula Expression, string? Format) : TemplatePart;
