using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>One whitespace-separated word of a filing's text and where it starts.</summary>
/// <param name="Text">The word, markup removed.</param>
/// <param name="Start">Its first character.</param>
public readonly record struct FilingWord(string Text, SourcePosition Start);
