using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads the residual interest targets from a filing's cover page. Each pool's line starts with the
/// target's label from the rules (<c>FCM's Customer Segregated Funds Residual Interest Target</c>)
/// and ends with the six figures of its four choices: a, b, c low, c high, d low, d high
/// (<c>0 5 0 0 0 0</c> is b: 5 %). The one choice with a figure other than 0 is the target; when
/// every figure is 0 the target is choice a, an amount of 0.
/// </summary>
public static class CoverPageTargets
{
    private const int FiguresPerPool = 6;

    /// <summary>The target of every pool of <paramref name="form"/> whose cover page line the filing has.</summary>
    public static IReadOnlyList<TargetEntry> Read(FilingText text, FormDefinition form, DiagnosticBag diagnostics)
    {
        var entries = new List<TargetEntry>();
        foreach (var target in form.Targets)
        {
            for (var i = 0; i < text.Lines.Count; i++)
            {
                var at = text.Lines[i].IndexOf(target.Label, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    continue;
                }

                if (Entry(text, i + 1, at, target, diagnostics) is { } entry)
                {
                    entries.Add(entry);
                }

                break;
            }
        }

        return entries;
    }

    private static TargetEntry? Entry(FilingText text, int line, int labelAt, ResidualInterestTarget target, DiagnosticBag diagnostics)
    {
        var words = text.Words.Where(w => w.Start.Line == line && w.Start.Column > labelAt + target.Label.Length).ToArray();
        var figures = new List<(decimal Value, SourcePosition Start)>();
        for (var i = words.Length - 1; i >= 0 && FilingNumber.TryParse(words[i].Text, out var value); i--)
        {
            figures.Insert(0, (value, words[i].Start));
        }

        var pool = new ScalarNode(target.Pool, ScalarWriting.Plain, text.At(line, labelAt));
        if (figures.Count != FiguresPerPool)
        {
            diagnostics.Report(figures.Count > 0 ? figures[0].Start : pool.Start, DiagnosticCatalog.BadTarget,
                $"the cover page target of pool '{target.Pool}' ends with {figures.Count} figure(s), not the {FiguresPerPool} of choices a, b, c (low, high) and d (low, high), e.g. 0 5 0 0 0 0 for b: 5 %");
            return null;
        }

        // Choice name, and the figures that belong to it: a, b, c low and high, d low and high.
        (string Name, int[] Slots)[] choices = [("amount", [0]), ("percent", [1]), ("amount_range", [2, 3]), ("percent_range", [4, 5])];
        var filled = choices.Where(c => c.Slots.Any(s => figures[s].Value != 0)).ToArray();
        if (filled.Length > 1)
        {
            diagnostics.Report(figures[filled[1].Slots[0]].Start, DiagnosticCatalog.BadTarget,
                $"the cover page target of pool '{target.Pool}' fills more than one choice ({string.Join(", ", filled.Select(c => c.Name))}): a firm states exactly one");
            return null;
        }

        var choice = filled.Length == 1 ? filled[0] : choices[0];
        var name = new ScalarNode(choice.Name, ScalarWriting.Plain, figures[choice.Slots[0]].Start);
        return new TargetEntry(pool, name, choice.Slots.Select(s => figures[s].Value).ToArray());
    }
}
