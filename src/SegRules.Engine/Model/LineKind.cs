namespace SegRules.Engine.Model;

/// <summary>Whether a line's figure is given by the firm or computed from other lines.</summary>
public enum LineKind
{
    /// <summary>A figure the balances file supplies.</summary>
    Input,

    /// <summary>A figure computed by the line's formula.</summary>
    Formula,
}
