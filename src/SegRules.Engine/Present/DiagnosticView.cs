using SegRules.Engine.Diagnostics;

namespace SegRules.Engine.Present;

/// <summary>One problem as data: the file, line and column (null when it concerns a whole file), the diagnostic id and the message.</summary>
/// <param name="File">The file the problem is in.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Id">The diagnostic id, e.g. <c>SR2003</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record DiagnosticView(string? File, int? Line, int? Column, string Id, string Message)
{
    /// <summary>The view of <paramref name="diagnostic"/>, its file named by <paramref name="rename"/> (the name a user gave a file that was saved under another).</summary>
    public static DiagnosticView Of(Diagnostic diagnostic, Func<string, string> rename) => new(
        diagnostic.Position?.File is { } file ? rename(file) : diagnostic.File is { } whole ? rename(whole) : null,
        diagnostic.Position?.Line, diagnostic.Position?.Column, diagnostic.Id, diagnostic.Message);
}
