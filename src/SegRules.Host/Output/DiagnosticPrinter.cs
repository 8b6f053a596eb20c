using SegRules.Engine.Diagnostics;

namespace SegRules.Host.Output;

/// <summary>
/// Prints problems one per line, <c>file(line,col): error SRnnnn: message</c>, then a count and what it
/// meant. What a message quotes from a file (a key, a figure, a name) is escaped as on standard output
/// (<see cref="TerminalText"/>), so a hostile file cannot move the cursor or forge a line on standard error.
/// </summary>
public static class DiagnosticPrinter
{
    /// <summary>
    /// The most problems printed one per line: 100. A hostile or wrong file (a dump of a million lines)
    /// can carry a problem on every line; the first ones show what is wrong, and the rest are counted.
    /// </summary>
    public const int MaxPrinted = 100;

    /// <summary>Writes <paramref name="diagnostics"/> to <paramref name="error"/>, closing with <paramref name="consequence"/>.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error, string consequence)
    {
        foreach (var diagnostic in diagnostics.Take(MaxPrinted))
        {
            error.WriteLine(TerminalText.Escape(diagnostic.ToString()));
        }

        if (diagnostics.Count > MaxPrinted)
        {
            error.WriteLine($"... and {diagnostics.Count - MaxPrinted} more");
        }

        var count = diagnostics.Count == 1 ? "1 problem found" : $"{diagnostics.Count} problems found";
        error.WriteLine($"{count}; {consequence}");
    }
}
