using System.Globalization;
using System.Text.RegularExpressions;

namespace SegRules.Tests.Support;

/// <summary>
/// One line of a <c>.expected</c> file: <c>FILE(LINE,COL): SRnnnn</c>, or <c>FILE: SRnnnn</c> for a
/// problem with no position, optionally followed by <c>: text</c> that the message must contain.
/// </summary>
public sealed partial record ExpectedDiagnostic(string File, int? Line, int? Column, string Id, string? Fragment)
{
    public static ExpectedDiagnostic Parse(string text)
    {
        var match = Shape().Match(text);
        Assert.True(match.Success, $"not an expected diagnostic (FILE(LINE,COL): SRnnnn[: text]): {text}");
        int? Number(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : null;
        return new ExpectedDiagnostic(match.Groups["file"].Value, Number("line"), Number("column"), match.Groups["id"].Value,
            match.Groups["fragment"].Success ? match.Groups["fragment"].Value : null);
    }

    /// <summary>How the CLI prints the start of this diagnostic when it shows the file as <paramref name="display"/>.</summary>
    public string Located(string display) => Line is null ? $"{display}: error {Id}:" : $"{display}({Line},{Column}): error {Id}:";

    [GeneratedRegex(@"^(?<file>[^(:]+)(\((?<line>\d+),(?<column>\d+)\))?: (?<id>SR\d{4})(: (?<fragment>.+))?$")]
    private static partial Regex Shape();
}
