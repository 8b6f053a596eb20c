using SegRules.Authoring.Regression;
using SegRules.Engine.Balances;

namespace SegRules.Authoring.Quality;

/// <summary>A regression case whose balances bound to its version without problems, ready to evaluate many times.</summary>
/// <param name="Case">The case.</param>
/// <param name="Inputs">Its balances, matched to the version.</param>
public sealed record BoundCase(RegressionCase Case, StatementInputs Inputs);
