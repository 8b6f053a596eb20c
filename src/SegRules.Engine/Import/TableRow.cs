namespace SegRules.Engine.Import;

/// <summary>One row of a CSV or Excel balances table, its cells by column (a missing cell is blank).</summary>
/// <param name="Cells">The cells from column 1 to the last non-blank one.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>The cell of column <paramref name="index"/> (0-based); null when the row is shorter.</summary>
    public TableCell? this[int index] => index < Cells.Count ? Cells[index] : null;

    /// <summary>True when every cell is blank.</summary>
    public bool IsBlank => Cells.All(c => c.IsBlank);
}
