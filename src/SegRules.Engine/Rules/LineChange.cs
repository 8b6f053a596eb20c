using SegRules.Engine.Model;

namespace SegRules.Engine.Rules;

/// <summary>How a line of a version relates to the previous version's lines.</summary>
/// <param name="Line">The line in this version (for <c>retired</c>, the previous version's line).</param>
/// <param name="Change">renumbered, relabelled, split, merged, new or retired.</param>
/// <param name="From">The previous version's lines it comes from (empty for new and retired; the line itself when not given).</param>
/// <param name="Position">Where the entry is written.</param>
public sealed record LineChange(LineKey Line, string Change, IReadOnlyList<LineKey> From, SourcePosition Position);
