using SegRules.Engine.Model;

namespace SegRules.Authoring.Regression;

/// <summary>One expectation of a regression case that the rules did not meet.</summary>
/// <param name="Position">Where the expectation is written in the case file.</param>
/// <param name="Subject">What was checked, e.g. <c>line [7190]</c> or <c>check seg_deficiency</c>.</param>
/// <param name="Expected">What the case expects.</param>
/// <param name="Actual">What the rules gave.</param>
/// <param name="Formula">The line's formula or the check's condition, to show where to look.</param>
public sealed record ExpectationFailure(SourcePosition Position, string Subject, string Expected, string Actual, string? Formula)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Position}: {Subject}: expected {Expected}, got {Actual}" + (Formula is null ? "" : $"; formula: {Formula}");
}
