namespace SegRules.Engine.Present;

/// <summary>Why a request was refused: one sentence, and the diagnostics behind it (empty when there are none).</summary>
/// <param name="Error">What went wrong and what to do.</param>
/// <param name="Diagnostics">Each problem at its file, line and column.</param>
public sealed record ProblemView(string Error, IReadOnlyList<DiagnosticView> Diagnostics);
