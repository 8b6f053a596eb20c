using SegRules.Authoring.Diff;
using SegRules.Engine.Model;

namespace SegRules.Host.Output;

/// <summary>Prints the differences between two versions: <c>+</c> added, <c>-</c> removed, <c>~</c> changed with old and new.</summary>
public static class RuleDiffTextWriter
{
    /// <summary>Writes <paramref name="changes"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static void Write(FormDefinition from, FormDefinition to, IReadOnlyList<RuleChange> changes, TextWriter output)
    {
        output.WriteLine(changes.Count == 0
            ? $"{from.Info.Form} {from.Info.Version} and {to.Info.Version} are the same."
            : $"{from.Info.Form} {from.Info.Version} -> {to.Info.Version}: {changes.Count} difference(s)");
        foreach (var change in changes)
        {
            var subject = change.Key.Length == 0 ? change.Area : $"{change.Area} {Name(change)}";
            switch (change.Change)
            {
                case "added":
                    output.WriteLine($"+ {subject}: {change.New}");
                    break;
                case "removed":
                    output.WriteLine($"- {subject}: {change.Old}");
                    break;
                default:
                    output.WriteLine($"~ {subject} {change.Change}:");
                    output.WriteLine($"    old: {change.Old ?? "(none)"}");
                    output.WriteLine($"    new: {change.New ?? "(none)"}");
                    break;
            }
        }
    }

    private static string Name(RuleChange change) => change.Area is "line" or "supplemental" ? $"[{change.Key}]" : change.Key;
}
