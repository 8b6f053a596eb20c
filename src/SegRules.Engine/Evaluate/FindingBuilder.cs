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
                findings.Add(new Finding(check.Id, check.Title, FindingStatus.Fired, check.Severity, Message(check, layout, state, slot),
                    check.Citation, check.Action, check.Deadline, check.Reads, []));
            }
            else if (!state.Evaluated[slot] && !LacksFiledFigures(check, layout, state))
            {
                var missing = Missing(check, form, layout, state).Distinct().ToArray();
                var needs = string.Join("; ", missing.Select(k => $"{form[k].Label} ({k})"));
                findings.Add(new Finding(check.Id, check.Title, FindingStatus.NotEvaluated, Severity.Info,
                    $"not evaluated: needs {needs}; give it under supplemental in the balances file",
                    check.Citation, check.Action, check.Deadline, check.Reads, missing));
            }
        }

        return findings;
    }

    /// <summary>A check that compares filed figures simply does not apply to balances that carry none.</summary>
    private static bool LacksFiledFigures(CheckDefinition check, SlotLayout layout, EvaluationState state) =>
        CheckGuard.Of(check, layout).Any(g => g.Kind switch
        {
            GuardKind.Filed => !state.FiledKnown[g.Slot],
            GuardKind.Check => !state.Evaluated[g.Slot] && LacksFiledFigures(layout.Checks[g.Slot], layout, state),
            _ => false,
        });

    private static IEnumerable<LineKey> Missing(CheckDefinition check, FormDefinition form, SlotLayout layout, EvaluationState state) =>
        CheckGuard.Of(check, layout).SelectMany(g => g.Kind switch
        {
            GuardKind.Check => state.Evaluated[g.Slot] ? [] : Missing(layout.Checks[g.Slot], form, layout, state),
            GuardKind.Supplemental => state.Known[g.Slot] ? [] : [g.Key],
            _ => [],
        });

    private static string Message(CheckDefinition check, SlotLayout layout, EvaluationState state, int slot)
    {
        var text = new StringBuilder();
        var argument = layout.ArgumentOffset(slot);
        foreach (var part in check.Message.Parts)
        {
            text.Append(part switch
            {
                TemplateText literal => literal.Text,
                TemplatePlaceholder placeholder => FigureFormat.With(state.Arguments[argument++], placeholder.Format),
                _ => "",
            });
        }

        return text.ToString();
    }
}
