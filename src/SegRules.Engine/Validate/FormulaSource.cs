using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>Formula text and where it sits: a whole YAML scalar, or a placeholder inside a message template.</summary>
/// <param name="Scalar">The scalar the text comes from.</param>
/// <param name="Offset">Where the text starts within the scalar's value.</param>
/// <param name="Text">The formula text.</param>
public sealed record FormulaSource(ScalarNode Scalar, int Offset, string Text)
{
    /// <summary>The whole scalar as a formula.</summary>
    public static FormulaSource Of(ScalarNode scalar) => new(scalar, 0, scalar.Value);

    /// <summary>The file position of the character at <paramref name="offset"/> within <see cref="Text"/>.</summary>
    public SourcePosition PositionAt(int offset) => Scalar.PositionAt(Offset + offset);
}
