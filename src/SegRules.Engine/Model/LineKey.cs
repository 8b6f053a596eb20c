using System.Globalization;

namespace SegRules.Engine.Model;

/// <summary>
/// Identifies a statement line: its form code (<c>7010</c>) where the form prints one, otherwise a
/// stable snake_case id (<c>swaps_funds_on_hand_cash</c>). Formulas refer to it as <c>[7010]</c>.
/// </summary>
public sealed record LineKey(string Value) : IComparable<LineKey>
{
    // Worked out once: keys are looked up, hashed and sorted many times over (a line's key in every
    // dictionary of figures, a replay's differences in line order).
    private readonly int _hash = StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The code or id.</summary>
    public string Value { get; } = Value;

    /// <summary>True when the key is a numeric form code rather than a stable id.</summary>
    public bool IsCode { get; } = IsDigits(Value);

    /// <summary>Keys are equal when their codes or ids are.</summary>
    public bool Equals(LineKey? other) => other is not null && (ReferenceEquals(this, other) || _hash == other._hash && string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Makes the key of a numeric form code.</summary>
    public static LineKey FromCode(int code) => new(code.ToString(CultureInfo.InvariantCulture));

    /// <summary>True when <paramref name="text"/> is a usable code (1 to 6 digits) or id (lower snake_case).</summary>
    public static bool IsWellFormed(string text) =>
        text.Length is > 0 and <= 64
        && (IsDigits(text) && text.Length <= 6 && text[0] != '0'
            || char.IsAsciiLetterLower(text[0]) && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'));

    /// <summary>Codes sort numerically before ids, which sort ordinally.</summary>
    public int CompareTo(LineKey? other) => other is null ? 1 : (IsCode, other.IsCode) switch
    {
        (true, true) => Value.Length != other.Value.Length ? Value.Length.CompareTo(other.Value.Length) : string.CompareOrdinal(Value, other.Value),
        (true, false) => -1,
        (false, true) => 1,
        _ => string.CompareOrdinal(Value, other.Value),
    };

    // Over the characters as a span: LINQ's All would box an enumerator for every key made.
    private static bool IsDigits(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>The key as written in a formula reference, e.g. <c>[7010]</c>.</summary>
    public string AsReference => $"[{Value}]";

    /// <inheritdoc />
    public override string ToString() => Value;
}
