using System.Text.RegularExpressions;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SegRules.Engine.Load;

/// <summary>
/// Reads YAML (or JSON, which YAML includes) text into a <see cref="YamlNode"/> tree that keeps the
/// line and column of every node. Uses YamlDotNet's parser events rather than its object model so that
/// duplicate keys survive to be reported with both positions, and aliases can be refused.
/// </summary>
public static partial class YamlTreeReader
{
    /// <summary>
    /// The deepest nesting of mappings and lists read: 64. Rule and balances files nest five levels at
    /// most; the limit keeps a hostile file (a list nested 40,000 deep) from exhausting the stack.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Parses <paramref name="text"/>; on a syntax error reports it and returns null. Text in the plain
    /// layout of balances files is read by <see cref="PlainYamlReader"/> into the same tree, the rest by YamlDotNet.
    /// </summary>
    /// <param name="file">The file name used in positions.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics) =>
        PlainYamlReader.TryRead(file, text) ?? ReadWithYamlDotNet(file, text, diagnostics);

    /// <summary>Parses <paramref name="text"/> with YamlDotNet, whatever its layout; on a syntax error reports it and returns null.</summary>
    internal static YamlNode? ReadWithYamlDotNet(string file, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var parser = new Parser(scanner);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.ReportFile(file, DiagnosticCatalog.YamlSyntax, "the file is empty");
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, lines, diagnostics, 0);
            if (root is null)
            {
                return null;
            }

            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Report(Position(file, second.Start), DiagnosticCatalog.YamlSyntax, "only one document is allowed per file");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Report(Position(file, e.Start), DiagnosticCatalog.YamlSyntax, CleanMessage(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input,
            // e.g. an unclosed flow mapping followed by a key at column 1.
            diagnostics.Report(Position(file, scanner.CurrentPosition), DiagnosticCatalog.YamlSyntax,
                "the text cannot be parsed here; look above for an unclosed '{' or '[' or a missing quote");
            return null;
        }
    }

    /// <summary>The node at the parser's position; null, reported, when it nests deeper than <see cref="MaxDepth"/> (the caller stops reading).</summary>
    private static YamlNode? ReadNode(IParser parser, string file, string[] lines, DiagnosticBag diagnostics, int depth)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return ToScalar(scalar, file, lines);
        }

        if (depth >= MaxDepth && parser.Current is MappingStart or SequenceStart)
        {
            diagnostics.Report(Position(file, parser.Current!.Start), DiagnosticCatalog.NestingTooDeep, MaxDepth);
            return null;
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            var entries = new List<KeyValuePair<ScalarNode, YamlNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, file, lines, diagnostics, depth + 1);
                var value = key is null ? null : ReadNode(parser, file, lines, diagnostics, depth + 1);
                if (key is null || value is null)
                {
                    return null;
                }

                if (key is ScalarNode scalarKey)
                {
                    entries.Add(new(scalarKey, value));
                }
                else
                {
                    diagnostics.Report(key.Start, DiagnosticCatalog.WrongType, "key", "text", key.Description);
                }
            }

            return new MappingNode(entries, Position(file, mappingStart.Start));
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (ReadNode(parser, file, lines, diagnostics, depth + 1) is not { } item)
                {
                    return null;
                }

                items.Add(item);
            }

            return new SequenceNode(items, Position(file, sequenceStart.Start));
        }

        var alias = parser.Consume<AnchorAlias>();
        diagnostics.Report(Position(file, alias.Start), DiagnosticCatalog.AliasNotAllowed);
        return new ScalarNode("", ScalarWriting.Plain, Position(file, alias.Start));
    }

    private static ScalarNode ToScalar(Scalar scalar, string file, string[] lines)
    {
        var style = scalar.Style switch
        {
            ScalarStyle.SingleQuoted => ScalarWriting.SingleQuoted,
            ScalarStyle.DoubleQuoted => ScalarWriting.DoubleQuoted,
            ScalarStyle.Literal => ScalarWriting.Literal,
            ScalarStyle.Folded => ScalarWriting.Folded,
            _ => ScalarWriting.Plain,
        };
        var start = Position(file, scalar.Start);
        return new ScalarNode(scalar.Value, style, start, ScalarPositions.Of(scalar.Value, style, start, Position(file, scalar.End), lines));
    }

    private static SourcePosition Position(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string CleanMessage(YamlException e)
    {
        var message = MarkPrefix().Replace(e.Message, "");
        return e.InnerException is { } inner && message.Length == 0 ? inner.Message : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
