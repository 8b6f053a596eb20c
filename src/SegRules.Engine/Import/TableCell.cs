using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>One cell of a CSV or Excel balances table.</summary>
/// <param name="Text">The cell's text; a number stored in a workbook is written out in full, e.g. <c>172358248.45</c>.</param>
/// <param name="Position">The file with the cell's row and column (both 1-based).</param>
/// <param name="IsNumber">True when a workbook stored the cell as a number (a date is a number there).</param>
public sealed record TableCell(string Text, SourcePosition Position, bool IsNumber = false)
{
    /// <summary>True when the cell holds nothing but spaces.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
