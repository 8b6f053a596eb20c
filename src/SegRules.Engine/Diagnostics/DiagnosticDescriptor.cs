namespace SegRules.Engine.Diagnostics;

/// <summary>A kind of problem SegRules can report: a stable id, a title, and a message format.</summary>
/// <param name="Id">Stable id (<c>SR1003</c>); the first digit names the stage that reports it.</param>
/// <param name="Title">Short description for documentation.</param>
/// <param name="MessageFormat">Composite format string filled with the problem's details.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat);
