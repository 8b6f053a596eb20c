using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>One header field of a filing (End Date, Firm Name, Form) as first written, and where.</summary>
/// <param name="Value">The field's text, trimmed.</param>
/// <param name="Start">Where the text starts.</param>
public sealed record FilingField(string Value, SourcePosition Start);
