namespace SegRules.Engine.Cache;

/// <summary>How a cache entry marks each kind of formula node.</summary>
internal enum FormulaNodeTag : byte
{
    /// <summary>A <see cref="Model.NumberLiteral"/>.</summary>
    Number,

    /// <summary>A <see cref="Model.BooleanLiteral"/>.</summary>
    Boolean,

    /// <summary>A <see cref="Model.LineReference"/>.</summary>
    Line,

    /// <summary>A <see cref="Model.FiledReference"/>.</summary>
    Filed,

    /// <summary>A <see cref="Model.UnaryExpression"/>.</summary>
    Unary,

    /// <summary>A <see cref="Model.BinaryExpression"/>.</summary>
    Binary,

    /// <summary>A <see cref="Model.ConditionalExpression"/>.</summary>
    Conditional,

    /// <summary>A <see cref="Model.FunctionCall"/>.</summary>
    Call,
}
