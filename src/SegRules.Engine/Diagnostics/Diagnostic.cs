using System.Globalization;
using SegRules.Engine.Model;

namespace SegRules.Engine.Diagnostics;

/// <summary>One problem found in a rule or balances file, with where it is and what to do.</summary>
/// <param name="Descriptor">What kind of problem it is.</param>
/// <param name="Position">Where it is; null when it concerns a whole file or run (then <paramref name="File"/> names it).</param>
/// <param name="Message">The filled-in message.</param>
/// <param name="File">The file concerned when there is no position.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourcePosition? Position, string Message, string? File = null)
{
    /// <summary>The stable id, e.g. <c>SR2003</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Error, warning or info, from the descriptor.</summary>
    public DiagnosticLevel Severity => Descriptor.Severity;

    /// <summary>Makes a diagnostic at a position.</summary>
    public static Diagnostic At(SourcePosition position, DiagnosticDescriptor descriptor, params object?[] args) =>
        new(descriptor, position, Format(descriptor, args));

    /// <summary>Makes a diagnostic about a whole file, or about the run when <paramref name="file"/> is null.</summary>
    public static Diagnostic InFile(string? file, DiagnosticDescriptor descriptor, params object?[] args) =>
        new(descriptor, null, Format(descriptor, args), file);

    /// <summary>
    /// The most characters of one message argument printed: 200. Arguments quote what a file holds (a
    /// figure, a key, a token), and a hostile file can make that megabytes long; the message keeps its
    /// start and says how long it was.
    /// </summary>
    public const int MaxArgumentLength = 200;

    private static string Format(DiagnosticDescriptor descriptor, object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args.Select(Excerpt).ToArray());

    private static object? Excerpt(object? arg) => arg is string { Length: > MaxArgumentLength } text
        ? string.Create(CultureInfo.InvariantCulture, $"{text[..(MaxArgumentLength - 40)]}... ({text.Length:N0} characters)")
        : arg;

    /// <summary>Formats as <c>file(line,col): error SR1003: message</c>, the form editors and CI understand.</summary>
    public override string ToString()
    {
        var where = Position?.ToString() ?? File;
        var severity = Descriptor.SeverityName;
        return where is null ? $"{severity} {Id}: {Message}" : $"{where}: {severity} {Id}: {Message}";
    }
}
