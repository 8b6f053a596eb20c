namespace SegRules.Engine.Model;

/// <summary>The two value types a formula expression can have.</summary>
public enum FormulaType
{
    /// <summary>A <c>decimal</c> amount, percentage or count.</summary>
    Number,

    /// <summary>A truth value, from a comparison or logic.</summary>
    Boolean,
}
