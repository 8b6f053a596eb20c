namespace SegRules.Engine.Model;

/// <summary>
/// A place in a source file (1-based line and column), kept on every element of a rule or balances
/// file so that a problem found at any stage can be reported where a person can fix it.
/// </summary>
public sealed record SourcePosition(string File, int Line, int Column)
{
    /// <summary>Formats as <c>file(line,col)</c>, the form editors and CI logs understand.</summary>
    public override string ToString() => $"{File}({Line},{Column})";

    /// <summary>The same line, <paramref name="columns"/> further right.</summary>
    public SourcePosition Offset(int columns) => this with { Column = Column + columns };
}
