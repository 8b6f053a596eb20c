using System.Globalization;

namespace SegRules.Tests.Properties;

/// <summary>One generated statement line: an input (maybe with a default) or a formula line.</summary>
/// <param name="Key">A form code (digits) or a snake_case id.</param>
/// <param name="Formula">The formula; null for an input.</param>
/// <param name="Default">An input's default, used when the balances omit it.</param>
public sealed record GeneratedLine(string Key, Term? Formula, decimal? Default)
{
    public bool IsInput => Formula is null;

    /// <summary>The line's entry in a page file's <c>lines:</c> list.</summary>
    public string Yaml()
    {
        var identity = Key.All(char.IsAsciiDigit) ? $"code: {Key}" : $"id: {Key}";
        var body = Formula is null ? "kind: input" : $"kind: formula\n    formula: \"{Formula}\"";
        var fallback = Default is { } value ? $"\n    default: {value.ToString(CultureInfo.InvariantCulture)}" : "";
        return $"  - {identity}\n    label: Line {Key}\n    {body}{fallback}\n";
    }
}
