using SegRules.Engine.Evaluate;
using SegRules.Engine.Explain;

namespace SegRules.Host.Output;

/// <summary>Prints a derivation tree as an indented outline: each node's value, formula and rule, its inputs below it.</summary>
public static class ExplainTextWriter
{
    /// <summary>Writes <paramref name="root"/> to <paramref name="output"/>.</summary>
    public static void Write(ExplainNode root, TextWriter output) => Write(root, output, "", "", "");

    private static void Write(ExplainNode node, TextWriter output, string lead, string branch, string indent)
    {
        output.WriteLine($"{lead}{branch}{Headline(node)}");
        var detail = indent + (node.Children.Count > 0 ? "│   " : "    ");
        if (node.Formula is not null)
        {
            output.WriteLine($"{detail}{(node.Kind == ExplainNodeKind.Check ? "when" : "=")} {node.Formula}");
        }

        if (node.Message is not null)
        {
            output.WriteLine($"{detail}message: {node.Message}");
        }

        if (node.Citation is not null)
        {
            output.WriteLine($"{detail}rule: {node.Citation}");
        }

        if (node.Truncated)
        {
            output.WriteLine($"{detail}(inputs not shown: raise --depth)");
        }

        for (var i = 0; i < node.Children.Count; i++)
        {
            var last = i == node.Children.Count - 1;
            Write(node.Children[i], output, indent, last ? "└── " : "├── ", indent + (last ? "    " : "│   "));
        }
    }

    private static string Headline(ExplainNode node)
    {
        var line = node.PrintedLine is null ? "" : $" line {node.PrintedLine}";
        var value = node.Kind switch
        {
            ExplainNodeKind.Check => node.Outcome switch
            {
                true => "FIRED",
                false => "held",
                null => "not evaluated",
            },
            _ => node.Value is { } v ? FigureFormat.Statement(v) : "not given",
        };
        var source = node.Source is null ? "" : $" ({node.Source})";
        return $"[{node.Key}]{line} {node.Label} = {value}{source}";
    }
}
