using System.Globalization;
using System.Text.RegularExpressions;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// The fields WinJammer repeats at the top of every page of a filing: <c>End Date:12/26/2017</c>,
/// <c>Firm Name:...</c>, <c>Form:Daily Seg - FOCUS II Submit Date:12/27/2017</c>. Every repetition
/// must agree with the first. A field's value ends at the end of its line or where the next field
/// starts, so lines the extraction joined (<c>Firm Name: X Form: Y</c>) still read apart.
/// </summary>
/// <param name="Firm">The firm's name.</param>
/// <param name="EndDate">The End Date as written.</param>
/// <param name="AsOf">The End Date as a date, when it is one.</param>
/// <param name="Form">The form's title as written, when the filing names it.</param>
/// <param name="SubmitDate">The Submit Date as written, when given.</param>
public sealed partial record FilingHeader(FilingField? Firm, FilingField? EndDate, DateOnly? AsOf, FilingField? Form, FilingField? SubmitDate)
{
    private static readonly string[] DateFormats = ["M/d/yyyy", "MM/dd/yyyy", "yyyy-MM-dd"];

    /// <summary>Reads the header fields of <paramref name="text"/>, reporting absent, contradictory or impossible ones.</summary>
    public static FilingHeader Read(FilingText text, DiagnosticBag diagnostics)
    {
        var firm = Field(text, FirmName(), "Firm Name", diagnostics);
        var endDate = Field(text, EndDateField(), "End Date", diagnostics);
        var form = Field(text, FormField(), "Form", diagnostics);
        var submit = Field(text, SubmitDateField(), "Submit Date", diagnostics);
        if (firm is null)
        {
            diagnostics.ReportFile(text.File, DiagnosticCatalog.IncompleteFiling, "'Firm Name:' line", "the firm comes from it, e.g. Firm Name: Credit Suisse Securities (USA) LLC");
        }

        DateOnly? asOf = null;
        if (endDate is null)
        {
            diagnostics.ReportFile(text.File, DiagnosticCatalog.IncompleteFiling, "'End Date:' line", "the statement's as-of date comes from it, e.g. End Date:12/26/2017");
        }
        else if (DateOnly.TryParseExact(endDate.Value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            asOf = date;
        }
        else
        {
            diagnostics.Report(endDate.Start, DiagnosticCatalog.InvalidValue, endDate.Value, "End Date", "write a real calendar date as MM/DD/YYYY");
        }

        return new FilingHeader(firm, endDate, asOf, form, submit);
    }

    /// <summary>The first occurrence of a field; every later one that reads differently is reported.</summary>
    private static FilingField? Field(FilingText text, Regex pattern, string name, DiagnosticBag diagnostics)
    {
        FilingField? first = null;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            foreach (Match match in pattern.Matches(text.Lines[i]))
            {
                var value = match.Groups["v"];
                var field = new FilingField(Spaces().Replace(value.Value.Trim(), " "), text.At(i + 1, value.Index));
                if (first is null)
                {
                    first = field;
                }
                else if (field.Value != first.Value)
                {
                    diagnostics.Report(field.Start, DiagnosticCatalog.FilingContradiction, name, $"'{field.Value}'", $"'{first.Value}'", first.Start.Line, first.Start.Column);
                }
            }
        }

        return first;
    }

    [GeneratedRegex(@"Firm Name:\s*(?<v>\S.*?)\s*(?=(?<![A-Za-z])Form:|End Date:|Submit Date:|$)")]
    private static partial Regex FirmName();

    [GeneratedRegex(@"End Date:\s*(?<v>\S+)")]
    private static partial Regex EndDateField();

    [GeneratedRegex(@"(?<![A-Za-z])Form:\s*(?<v>\S.*?)\s*(?=Submit Date:|End Date:|Firm Name:|$)")]
    private static partial Regex FormField();

    [GeneratedRegex(@"Submit Date:\s*(?<v>\S+)")]
    private static partial Regex SubmitDateField();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
