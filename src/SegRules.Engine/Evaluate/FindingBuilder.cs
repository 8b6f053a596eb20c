using System.Text;
using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Engine.Evaluate;

/// <summary>Turns the check outcomes of an evaluation into findings, messages filled in, in declaration order.</summary>
public static class FindingBuilder
{
    /// <summary>The findings of <paramref name="state"/>: every fired check, and every check that needs a figure it did not get.</summary>
    public static IReadOnlyList<Finding> Build(FormDefinition form, SlotLayout layout, EvaluationState state)
    {
        var findings = new List<Finding>();
        for (var slot = 0; slot < layout.Checks.Count; slot++)
        {
            var check = layout.Checks[slot];
            if (state.Fired[slot])
            {
                var figures = state.Arguments.AsSpan(layout.ArgumentOffset(slot), check.Message.Placeholders.Count).ToArray();
                findings.Add(new Finding(check.Id, check.Title, FindingStatus.Fired, check.Severity, Message(check, figures),
                    check.Citation, check.Action, check.Deadline, check.Reads, []) { Figures = figures });
            }
            else if (!state.Evaluated[slot] && !LacksFiledFigures(slot, layout, state))
            {
                var missing = Missing(slot, layout, state).Distinct().ToArray();
                findings.Add(new Finding(check.Id, check.Title, FindingStatus.NotEvaluated, Severity.Info, NotEvaluatedMessage(form, missing),
                    check.Citation, check.Action, check.Deadline, check.Reads, missing));
            }
        }

        return findings;
    }

    /// <summary>A check that compares filed figures simply does not apply to balances that carry none.</summary>
    private static bool LacksFiledFigures(int check, SlotLayout layout, EvaluationState state)
    {
        foreach (var guard in layout.Guards(check))
        {
            var lacks = guard.Kind switch
            {
                GuardKind.Filed => !state.FiledKnown[guard.Slot],
                GuardKind.Check => !state.Evaluated[guard.Slot] && LacksFiledFigures(guard.Slot, layout, state),
                _ => false,
            };
            if (lacks)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<LineKey> Missing(int check, SlotLayout layout, EvaluationState state) =>
        layout.Guards(check).SelectMany(g => g.Kind switch
        {
            GuardKind.Check => state.Evaluated[g.Slot] ? [] : Missing(g.Slot, layout, state),
            GuardKind.Supplemental => state.Known[g.Slot] ? [] : [g.Key],
            _ => [],
        });

    /// <summary>The message of <paramref name="check"/> fired with <paramref name="figures"/> (one per placeholder, in order).</summary>
    public static string Message(CheckDefinition check, IReadOnlyList<decimal> figures)
    {
        var text = new StringBuilder();
        var argument = 0;
        foreach (var part in check.Message.Parts)
        {
            text.Append(part switch
            {
                TemplateText literal => literal.Text,
                TemplatePlaceholder placeholder => FigureFormat.With(figures[argument++], placeholder.Format),
                _ => "",
            });
        }

        return text.ToString();
    }

    /// <summary>The message of a check not evaluated for want of the supplemental figures <paramref name="missing"/>.</summary>
    public static string NotEvaluatedMessage(FormDefinition form, IReadOnlyList<LineKey> missing) =>
        $"not evaluated: needs {string.Join("; ", missing.Select(k => $"{form[k].Label} ({k})"))}; give it under supplemental in the balances file";
}
