namespace SegRules.Engine.Model;

/// <summary>The prefix operators a formula may use.</summary>
public enum UnaryOperator
{
    /// <summary>Arithmetic negation, <c>-x</c>.</summary>
    Negate,

    /// <summary>Unary plus, <c>+x</c> (no effect, allowed for symmetry).</summary>
    Plus,

    /// <summary>Logical not, <c>!c</c>.</summary>
    Not,
}

/// <summary>The infix operators a formula may use, all with C#'s meaning on <c>decimal</c> and <c>bool</c>.</summary>
public enum BinaryOperator
{
    /// <summary><c>+</c></summary>
    Add,
    /// <summary><c>-</c></summary>
    Subtract,
    /// <summary><c>*</c></summary>
    Multiply,
    /// <summary><c>/</c></summary>
    Divide,
    /// <summary><c>%</c></summary>
    Remainder,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
    /// <summary><c>==</c></summary>
    Equal,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&amp;&amp;</c></summary>
    And,
    /// <summary><c>||</c></summary>
    Or,
}
