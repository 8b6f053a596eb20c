namespace SegRules.Engine.Present;

/// <summary>The worst finding that fired in an evaluation, as a history lists it.</summary>
/// <param name="Check">The check's id.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Title">Its short name.</param>
/// <param name="Message">Its message.</param>
public sealed record WorstFindingView(string Check, string Severity, string Title, string Message);
