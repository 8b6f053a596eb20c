using System.Text;
using SegRules.Engine.Load;

namespace SegRules.Tests.Support;

/// <summary>A YAML tree written out in full (kinds, values, styles, every position), so two trees compare as text.</summary>
public static class YamlTreeDump
{
    public static string Of(YamlNode? node)
    {
        var text = new StringBuilder();
        Write(node, text, 0);
        return text.ToString();
    }

    private static void Write(YamlNode? node, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2);
        switch (node)
        {
            case null:
                text.AppendLine("(none)");
                break;
            case ScalarNode scalar:
                var positions = scalar.Positions is null ? "" : " at " + string.Join(";", scalar.Positions);
                text.AppendLine($"{scalar.Style} {scalar.Start} [{scalar.Value}]{positions}");
                break;
            case MappingNode mapping:
                text.AppendLine($"mapping {mapping.Start}");
                foreach (var entry in mapping.Entries)
                {
                    Write(entry.Key, text, depth + 1);
                    Write(entry.Value, text, depth + 2);
                }

                break;
            case SequenceNode sequence:
                text.AppendLine($"list {sequence.Start}");
                foreach (var item in sequence.Items)
                {
                    Write(item, text, depth + 1);
                }

                break;
        }
    }
}
