using System.Globalization;
using SegRules.Engine.Balances;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Store;

/// <summary>
/// The balances of a stored evaluation, rebuilt as the file gave them (statements, values, targets,
/// supplemental and filed figures), so they can be matched to a form version and evaluated again. Positions name
/// the record and the figure's place in its section, e.g. <c>evaluation 17/values(3,1)</c>.
/// </summary>
public static class StoredBalances
{
    /// <summary>The balances file <paramref name="record"/> was evaluated from.</summary>
    public static BalancesFile From(EvaluationRecord record)
    {
        var name = $"evaluation {record.Id}";
        return new BalancesFile(
            record.SourceFile,
            record.Firm,
            DateOnly.TryParseExact(record.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf) ? asOf : null,
            new SourcePosition(name, 1, 1),
            record.Form,
            Figures(record.Inputs, $"{name}/values"),
            new SourcePosition($"{name}/values", 1, 1),
            record.Targets.Select((t, i) => new TargetEntry(Scalar(t.Pool, $"{name}/targets", i), Scalar(t.Choice, $"{name}/targets", i), t.Figures)).ToArray(),
            Figures(record.Supplementals, $"{name}/supplemental"),
            Figures(record.Filed, $"{name}/filed"),
            record.SourceHash)
        {
            Statements = record.Statements?.Select((s, i) => Scalar(s, $"{name}/statements", i)).ToArray(),
        };
    }

    /// <summary>
    /// <paramref name="file"/> without what <paramref name="form"/> has no place for among the optional
    /// figures: targets when the version has no residual interest targets, filed and supplemental
    /// figures of lines it lacks. Each thing left out is said in <paramref name="notes"/>; input values
    /// are kept, so a version that lacks one of them still refuses the balances.
    /// </summary>
    public static BalancesFile Fit(BalancesFile file, FormDefinition form, ICollection<string> notes)
    {
        var version = $"{form.Info.Form} {form.Info.Version}";
        var targets = file.Targets;
        if (form.Targets.Count == 0 && targets.Count > 0)
        {
            notes.Add($"targets ({string.Join(", ", targets.Select(t => t.Pool.Value))}) left out: {version} has no residual interest targets");
            targets = [];
        }

        var filed = Known(file.Filed, k => form.TryGetLine(k, out var line) && line.Kind != LineKind.Supplemental, "filed figures", version, notes);
        var supplementals = Known(file.Supplementals, k => form.TryGetLine(k, out var line) && line.Kind == LineKind.Supplemental, "supplemental figures", version, notes);
        return file with { Targets = targets, Filed = filed, Supplementals = supplementals };
    }

    private static IReadOnlyList<BalanceFigure> Known(IReadOnlyList<BalanceFigure> figures, Func<LineKey, bool> known, string what, string version, ICollection<string> notes)
    {
        var unknown = figures.Where(f => !known(new LineKey(f.Key.Value))).Select(f => f.Key.Value).ToArray();
        if (unknown.Length == 0)
        {
            return figures;
        }

        notes.Add($"{what} {string.Join(", ", unknown)} left out: {version} has no such lines");
        return figures.Where(f => known(new LineKey(f.Key.Value))).ToArray();
    }

    private static BalanceFigure[] Figures(Dictionary<string, decimal> figures, string section) =>
        figures.Select((f, i) => new BalanceFigure(Scalar(f.Key, section, i), f.Value)).ToArray();

    private static ScalarNode Scalar(string value, string section, int index) =>
        new(value, ScalarWriting.Plain, new SourcePosition(section, index + 1, 1));
}
