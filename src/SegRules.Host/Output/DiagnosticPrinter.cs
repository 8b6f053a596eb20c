using SegRules.Engine.Diagnostics;

namespace SegRules.Host.Output;

/// <summary>Prints problems one per line, <c>file(line,col): error SRnnnn: message</c>, then a count.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Writes <paramref name="diagnostics"/> to <paramref name="error"/>.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        error.WriteLine(diagnostics.Count == 1 ? "1 problem found; nothing was evaluated or stored." : $"{diagnostics.Count} problems found; nothing was evaluated or stored.");
    }
}
