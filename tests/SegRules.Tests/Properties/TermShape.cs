namespace SegRules.Tests.Properties;

/// <summary>What a generated formula term is; decides how it prints and what it may shrink to.</summary>
public enum TermShape
{
    /// <summary>A non-negative number literal (negative numbers are a <see cref="Prefix"/> minus).</summary>
    Number,

    /// <summary>The decimal-places argument of a rounding function: a whole number that must stay a literal.</summary>
    Digits,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A line reference, <c>[key]</c>.</summary>
    Reference,

    /// <summary>A prefix operator: <c>-</c>, <c>+</c> or <c>!</c>.</summary>
    Prefix,

    /// <summary>An infix operator.</summary>
    Infix,

    /// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
    Conditional,

    /// <summary>A formula function call.</summary>
    Call,
}
