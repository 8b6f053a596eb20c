namespace SegRules.Engine.Model;

/// <summary>Whether a line's figure is given by the firm, computed, or supplied beside the statement.</summary>
public enum LineKind
{
    /// <summary>A figure of the statement the balances file supplies.</summary>
    Input,

    /// <summary>A figure computed by the line's formula.</summary>
    Formula,

    /// <summary>
    /// A figure that is not on the form but that a check needs (e.g. the prior day's excess); the
    /// balances file may give it under <c>supplemental</c>, and checks that read it are skipped,
    /// saying what they need, when it is absent. Only checks may read it.
    /// </summary>
    Supplemental,
}
