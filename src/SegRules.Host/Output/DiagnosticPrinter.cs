using SegRules.Engine.Diagnostics;

namespace SegRules.Host.Output;

/// <summary>Prints problems one per line, <c>file(line,col): error SRnnnn: message</c>, then a count and what it meant.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Writes <paramref name="diagnostics"/> to <paramref name="error"/>, closing with <paramref name="consequence"/>.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error, string consequence)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        var count = diagnostics.Count == 1 ? "1 problem found" : $"{diagnostics.Count} problems found";
        error.WriteLine($"{count}; {consequence}");
    }
}
