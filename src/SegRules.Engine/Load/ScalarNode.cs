using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>
/// A YAML scalar with its text, how it was written, and enough layout to map an offset inside the
/// value back to a line and column of the file (so a formula error points at the exact token).
/// </summary>
/// <param name="Value">The scalar's value after YAML unescaping and folding.</param>
/// <param name="Style">How it was written.</param>
/// <param name="Start">Where the scalar starts (its quote or block indicator, if any).</param>
/// <param name="Positions">
/// Where each character of <paramref name="Value"/> was written, and one more for its end; null when
/// the value is written out unchanged on one line after <paramref name="Start"/> and its opening quote.
/// Folded lines, indentation and escapes make the two differ; see <see cref="ScalarPositions"/>.
/// </param>
public sealed record ScalarNode(string Value, ScalarWriting Style, SourcePosition Start, IReadOnlyList<SourcePosition>? Positions = null) : YamlNode(Start)
{
    /// <inheritdoc />
    public override string Description => IsNull ? "empty" : "text";

    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Style == ScalarWriting.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The position of the character at <paramref name="offset"/> within <see cref="Value"/>.</summary>
    public SourcePosition PositionAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Value.Length);
        if (Positions is { Count: > 0 } positions)
        {
            return positions[Math.Min(offset, positions.Count - 1)];
        }

        return Start.Offset(Style is ScalarWriting.SingleQuoted or ScalarWriting.DoubleQuoted ? 1 + offset : offset);
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
