using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;

namespace SegRules.Engine.Balances;

/// <summary>
/// The cover page's rules for one pool's residual interest target, the one place every source of
/// targets passes (the <c>targets:</c> block, line ids under <c>values:</c>, CSV rows, Excel cells
/// and a filing's cover page): exactly one choice, no negative amount or percentage, no percentage
/// above 100, a range's low end not above its high end, and no line given twice. Each problem is
/// reported at the figure that breaks the rule.
/// </summary>
public static class CoverPageRule
{
    /// <summary>
    /// The lines and figures of <paramref name="target"/>'s one choice among <paramref name="given"/> (in the order given);
    /// empty when nothing states a choice (every line then keeps its default); null with the problems
    /// reported when the figures break a rule.
    /// </summary>
    public static IReadOnlyDictionary<LineKey, decimal>? Resolve(ResidualInterestTarget target, IReadOnlyList<TargetFigure> given, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var first = new Dictionary<LineKey, TargetFigure>();
        foreach (var figure in given)
        {
            if (first.TryGetValue(figure.Line, out var earlier))
            {
                Report(diagnostics, figure.At, target,
                    $"line {figure.Line} is given twice (first at line {earlier.At.Line}, column {earlier.At.Column}{Elsewhere(earlier.At, figure.At)}): give it in one place");
                continue;
            }

            first.Add(figure.Line, figure);
            var choice = ChoiceOf(target, figure.Line);
            if (figure.Value < 0)
            {
                Report(diagnostics, figure.At, target, $"{Name(choice)} {figure.Value} is negative: a target is an amount or a percentage of 0 or more");
            }
            else if (choice.StartsWith("percent", StringComparison.Ordinal) && figure.Value > 100)
            {
                Report(diagnostics, figure.At, target, $"{Name(choice)} {figure.Value} is above 100: a percentage is at most 100");
            }
        }

        var filled = ResidualInterestTarget.ChoiceNames
            .Select(choice => new FilledChoice(choice, target.LinesOf(choice).Select(l => first.GetValueOrDefault(l)).ToArray()))
            .Where(c => c.Figures.Any(f => f is { } x && (x.Chosen || x.Value != 0)))
            .Order(Comparer<FilledChoice>.Create((a, b) => FirstGiven(a, given).CompareTo(FirstGiven(b, given))))
            .ToArray();
        if (filled.Length > 1)
        {
            var one = filled[0].Figures.First(f => f is not null)!;
            var other = filled[1].Figures.First(f => f is not null)!;
            Report(diagnostics, other.At, target,
                $"{Name(filled[1].Choice)} is a second choice beside {Name(filled[0].Choice)} (line {one.At.Line}, column {one.At.Column}{Elsewhere(one.At, other.At)}): a firm states exactly one; keep one and remove the other");
        }
        else if (filled is [{ Choice: var range, Figures: [var low, var high] }])
        {
            var (lowValue, highValue) = (low?.Value ?? 0, high?.Value ?? 0);
            if (low is null || high is null)
            {
                Report(diagnostics, (low ?? high)!.At, target, $"{Name(range)} has only its {(low is null ? "high" : "low")} end: give both, low and high");
            }
            else if (lowValue > highValue)
            {
                Report(diagnostics, low.At, target, $"{Name(range)}: the low end {lowValue} is above the high end {highValue}");
            }
        }

        if (diagnostics.Items.Count != before)
        {
            return null;
        }

        return filled.Length == 0
            ? new Dictionary<LineKey, decimal>()
            : target.LinesOf(filled[0].Choice).ToDictionary(l => l, l => first[l].Value);
    }

    private static string ChoiceOf(ResidualInterestTarget target, LineKey line) =>
        target.ChoiceOf(line) ?? throw new ArgumentException($"{line} is not a target line of pool {target.Pool}", nameof(line));

    private static int IndexOf(IReadOnlyList<TargetFigure> given, TargetFigure figure)
    {
        for (var i = 0; i < given.Count; i++)
        {
            if (ReferenceEquals(given[i], figure))
            {
                return i;
            }
        }

        return given.Count;
    }

    private static string Name(string choice) => choice switch
    {
        "amount" => "choice a (minimum dollar amount)",
        "percent" => "choice b (minimum percentage)",
        "amount_range" => "choice c (dollar range)",
        _ => "choice d (percentage range)",
    };

    // Where the first of a choice's figures was given, to tell which of two choices came first.
    private static int FirstGiven(FilledChoice choice, IReadOnlyList<TargetFigure> given) =>
        choice.Figures.Where(f => f is not null).Min(f => IndexOf(given, f!));

    // A choice of a pool's target with its figures, one per line of the choice (null where not given).
    private sealed record FilledChoice(string Choice, TargetFigure?[] Figures);

    private static string Elsewhere(SourcePosition first, SourcePosition here) => first.File == here.File ? "" : $" of {first.File}";

    // The message is composed here of bounded parts (the pool, the choices' names, figures, a position),
    // none of them a file's raw text, so it is kept whole rather than cut as a quoted value would be.
    private static void Report(DiagnosticBag diagnostics, SourcePosition at, ResidualInterestTarget target, string problem) =>
        diagnostics.Add(new Diagnostic(DiagnosticCatalog.BadTarget, at, $"the residual interest target of pool '{target.Pool}': {problem}"));
}
