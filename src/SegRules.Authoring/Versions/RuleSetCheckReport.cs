using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Versions;

/// <summary>The outcome of <see cref="RuleSetCheck"/>: the versions that passed and every problem found.</summary>
/// <param name="Passed">Versions that loaded, validated and compiled.</param>
/// <param name="Diagnostics">Every problem, in file and position order.</param>
public sealed record RuleSetCheckReport(IReadOnlyList<FormDefinition> Passed, IReadOnlyList<Diagnostic> Diagnostics);
