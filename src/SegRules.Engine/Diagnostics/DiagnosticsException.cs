namespace SegRules.Engine.Diagnostics;

/// <summary>
/// Thrown when a caller asks for something built from input that has problems (e.g. evaluating a
/// balances file that failed validation). Carries every diagnostic so the caller can print them.
/// </summary>
public sealed class DiagnosticsException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    /// <summary>The problems, each with its position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
