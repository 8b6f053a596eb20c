namespace SegRules.Engine.Model;

/// <summary>The sign the form prints an input line's figure with.</summary>
public enum LineSign
{
    /// <summary>Either sign (a balance, a net settlement, an unrealized profit or loss).</summary>
    Any,

    /// <summary>
    /// Never above zero: the form's deduct, granted (sold), short and less lines, entered as negative
    /// figures and added.
    /// </summary>
    Negative,
}
