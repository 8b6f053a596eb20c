using System.Text;
using SegRules.Engine.Evaluate;

namespace SegRules.Host.Output;

/// <summary>Renders an evaluation in the format <c>evaluate --format</c> names, to standard output or, with <c>--out</c>, to a file written whole.</summary>
public static class StatementOutput
{
    /// <summary>The formats <c>evaluate</c> offers; the first is the default.</summary>
    public static readonly string[] Formats = ["text", "json", "csv", "xlsx"];

    /// <summary>Why the format cannot be written where asked (xlsx needs a file); null when it can.</summary>
    public static string? Problem(string format, string? path) =>
        format == "xlsx" && path is null or OutputFile.StandardOutput ? "--format xlsx writes a workbook: name the file with --out FILE" : null;

    /// <summary>Writes <paramref name="evaluation"/> as <paramref name="format"/> to <paramref name="path"/>, or to <paramref name="output"/> when it is null.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void Write(string format, string? path, Evaluation evaluation, StoredAs? stored, TextWriter output)
    {
        if (path is null)
        {
            Render(format, evaluation, stored, output);
            return;
        }

        OutputFile.Write(path, stream =>
        {
            if (format == "xlsx")
            {
                StatementXlsxWriter.Write(evaluation, stored, stream);
                return;
            }

            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            Render(format, evaluation, stored, writer);
        }, output);
        if (path == OutputFile.StandardOutput)
        {
            return;
        }

        new TerminalText(output).WriteLine($"Wrote the {format} statement of {evaluation.Inputs.Source.Firm} for {evaluation.Inputs.Source.AsOf:yyyy-MM-dd} to {path}"
            + (stored is null ? "" : $"; stored as evaluation {stored.Id} in {stored.Database}"));
    }

    private static void Render(string format, Evaluation evaluation, StoredAs? stored, TextWriter output)
    {
        switch (format)
        {
            case "json":
                EvaluationJsonWriter.Write(evaluation, stored, output);
                break;
            case "csv":
                StatementCsvWriter.Write(evaluation, output);
                break;
            default:
                StatementTextWriter.Write(evaluation, stored, new TerminalText(output));
                break;
        }
    }
}
