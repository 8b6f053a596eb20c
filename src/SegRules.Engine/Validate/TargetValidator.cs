using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>Checks the cover page's target declarations: one per pool, each choice writing to an input line.</summary>
internal static class TargetValidator
{
    public static IReadOnlyList<ResidualInterestTarget> Validate(IEnumerable<TargetSyntax> declarations, LineTable lines, DiagnosticBag diagnostics)
    {
        var targets = new List<ResidualInterestTarget>();
        var pools = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in declarations)
        {
            if (target.Pool is null || target.Label is null)
            {
                continue;
            }

            if (!pools.Add(target.Pool.Value))
            {
                diagnostics.Report(target.Pool.Start, DiagnosticCatalog.DuplicateTarget, target.Pool.Value);
                continue;
            }

            var amount = Input(target, "amount", target.Amount);
            var percent = Input(target, "percent", target.Percent);
            var amountLow = Input(target, "amount_range", target.AmountRange?.Low);
            var amountHigh = Input(target, "amount_range", target.AmountRange?.High);
            var percentLow = Input(target, "percent_range", target.PercentRange?.Low);
            var percentHigh = Input(target, "percent_range", target.PercentRange?.High);
            if (amount is { } a && percent is { } p && amountLow is { } al && amountHigh is { } ah && percentLow is { } pl && percentHigh is { } ph)
            {
                targets.Add(new ResidualInterestTarget(target.Pool.Value, target.Label.Value, target.Citation?.Value, a, p, (al, ah), (pl, ph), target.Start));
            }
        }

        return targets;

        LineKey? Input(TargetSyntax target, string choice, ScalarNode? node)
        {
            if (node is null)
            {
                return null;
            }

            var key = new LineKey(node.Value);
            if (!lines.TryGet(key, out var line))
            {
                diagnostics.Report(node.Start, DiagnosticCatalog.UnknownLine, $"target '{target.Pool!.Value}' choice {choice}", key.AsReference, "");
                return null;
            }

            if (line.Kind != LineKind.Input)
            {
                diagnostics.Report(node.Start, DiagnosticCatalog.TargetLineNotInput, target.Pool!.Value, choice, key.AsReference);
                return null;
            }

            return key;
        }
    }
}
