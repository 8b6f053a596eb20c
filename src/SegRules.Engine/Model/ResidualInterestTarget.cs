namespace SegRules.Engine.Model;

/// <summary>
/// A cover-page residual interest target for one customer pool: the firm states it as exactly one of
/// the form's four choices, each carried by input lines of the cover page.
/// </summary>
/// <param name="Pool">The pool id used in balances files (<c>segregation</c>, <c>secured</c>, <c>swaps</c>).</param>
/// <param name="Label">The cover page's wording.</param>
/// <param name="Citation">Where the target obligation comes from.</param>
/// <param name="Amount">Line of choice (a), a minimum dollar amount.</param>
/// <param name="Percent">Line of choice (b), a minimum percentage of the pool's requirement.</param>
/// <param name="AmountRange">Lines of choice (c), a dollar range (low, high).</param>
/// <param name="PercentRange">Lines of choice (d), a percentage range (low, high).</param>
/// <param name="Position">Where the target is declared.</param>
public sealed record ResidualInterestTarget(
    string Pool,
    string Label,
    string? Citation,
    LineKey Amount,
    LineKey Percent,
    (LineKey Low, LineKey High) AmountRange,
    (LineKey Low, LineKey High) PercentRange,
    SourcePosition Position)
{
    /// <summary>The names of the four choices as a balances file writes them.</summary>
    public static IReadOnlyList<string> ChoiceNames { get; } = ["amount", "percent", "amount_range", "percent_range"];

    /// <summary>The lines choice <paramref name="choice"/> (one of <see cref="ChoiceNames"/>) writes to: one, or low and high for a range.</summary>
    public IReadOnlyList<LineKey> LinesOf(string choice) => choice switch
    {
        "amount" => [Amount],
        "percent" => [Percent],
        "amount_range" => [AmountRange.Low, AmountRange.High],
        "percent_range" => [PercentRange.Low, PercentRange.High],
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "not a target choice"),
    };

    /// <summary>The choice (one of <see cref="ChoiceNames"/>) that writes to <paramref name="line"/>; null when it is none of this target's lines.</summary>
    public string? ChoiceOf(LineKey line) => ChoiceNames.FirstOrDefault(c => LinesOf(c).Contains(line));

    /// <summary>Every cover-page line the target's choices write to.</summary>
    public IEnumerable<LineKey> AllLines => [Amount, Percent, AmountRange.Low, AmountRange.High, PercentRange.Low, PercentRange.High];
}
