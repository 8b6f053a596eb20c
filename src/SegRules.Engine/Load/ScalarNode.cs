using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>
/// A YAML scalar with its text, how it was written, and enough layout to map an offset inside the
/// value back to a line and column of the file (so a formula error points at the exact token).
/// </summary>
/// <param name="Value">The scalar's value after YAML unescaping and folding.</param>
/// <param name="Style">How it was written.</param>
/// <param name="Start">Where the scalar starts (its quote or block indicator, if any).</param>
/// <param name="BlockIndent">For block scalars (<c>|</c>, <c>&gt;</c>), the 0-based indent of their content lines.</param>
public sealed record ScalarNode(string Value, ScalarWriting Style, SourcePosition Start, int BlockIndent = 0) : YamlNode(Start)
{
    /// <inheritdoc />
    public override string Description => IsNull ? "empty" : "text";

    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Style == ScalarWriting.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The position of the character at <paramref name="offset"/> within <see cref="Value"/>.</summary>
    public SourcePosition PositionAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Value.Length);
        switch (Style)
        {
            case ScalarWriting.Literal:
            case ScalarWriting.Folded:
                var before = Value[..offset];
                var lineIndex = before.Count(c => c == '\n');
                var column = offset - (before.LastIndexOf('\n') + 1);
                return new SourcePosition(Start.File, Start.Line + 1 + lineIndex, BlockIndent + 1 + column);
            case ScalarWriting.SingleQuoted:
            case ScalarWriting.DoubleQuoted:
                return Value.Contains('\n') ? Start : Start.Offset(1 + offset);
            default:
                return Value.Contains('\n') ? Start : Start.Offset(offset);
        }
    }
}

/// <summary>How a scalar was written in the file.</summary>
public enum ScalarWriting
{
    /// <summary>Unquoted.</summary>
    Plain,

    /// <summary>In single quotes.</summary>
    SingleQuoted,

    /// <summary>In double quotes.</summary>
    DoubleQuoted,

    /// <summary>A literal block (<c>|</c>).</summary>
    Literal,

    /// <summary>A folded block (<c>&gt;</c>).</summary>
    Folded,
}
