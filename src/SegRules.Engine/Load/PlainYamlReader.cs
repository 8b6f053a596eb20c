using System.Buffers;
using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>
/// Reads, without YamlDotNet, the plain layout balances files are written in, into the same tree
/// <see cref="YamlTreeReader"/> builds from YamlDotNet's events: mappings indented with spaces, one
/// <c>key: value</c> a line, each value a nested mapping, a one-line <c>{ key: value, ... }</c> of plain
/// scalars, or a one-line plain or quoted scalar without escapes; comments on lines of their own or
/// after a value. Anything else (another character or construct, a value over several lines, an empty
/// value, every error) is declined, and the caller hands the text to YamlDotNet, which reports it.
/// It exists for speed: YamlDotNet's scanner was half the time of a batch of balances files.
/// </summary>
internal sealed class PlainYamlReader
{
    // Printable ASCII and the line feed: no tab, no other line break, no byte-order mark, nothing beyond ASCII.
    private static readonly SearchValues<char> Printable = SearchValues.Create("\n" + string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c)));

    // What a value's plain scalar may hold after its first character; flow ones stop at ',' and '}'.
    private static readonly SearchValues<char> BlockPlainCharacters = SearchValues.Create(" $%&'()+,-./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> FlowPlainCharacters = SearchValues.Create(" $%+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    // Nesting deeper than this (balances nest two levels) is left to YamlDotNet and its depth limit.
    private const int MaxNesting = 8;

    // Keys longer than this are left to YamlDotNet (YAML caps a key written this way at 1,024 characters).
    private const int MaxKeyLength = 128;

    private readonly string _file;
    private readonly string _text;
    private int _next;
    private int _lineNumber;
    private int _lineStart;
    private int _lineEnd;
    private int _indent;
    private bool _atLine;

    private PlainYamlReader(string file, string text)
    {
        _file = file;
        _text = text;
    }

    /// <summary>The tree of <paramref name="text"/> (line feeds only); null when it is not written in the plain layout.</summary>
    /// <param name="file">The file name used in positions.</param>
    /// <param name="text">The YAML text.</param>
    public static MappingNode? TryRead(string file, string text)
    {
        if (text.AsSpan().ContainsAnyExcept(Printable))
        {
            return null;
        }

        var reader = new PlainYamlReader(file, text);
        reader.Advance();
        if (!reader._atLine || reader._indent != 0)
        {
            return null;
        }

        return reader.Mapping(0);
    }

    // The block mapping whose first entry is the current line, up to the first line indented less.
    private MappingNode? Mapping(int depth)
    {
        if (depth > MaxNesting)
        {
            return null;
        }

        var indent = _indent;
        var start = Position(indent);
        var entries = new List<KeyValuePair<ScalarNode, YamlNode>>();
        while (_atLine && _indent == indent)
        {
            if (Entry(depth) is not { } entry)
            {
                return null;
            }

            entries.Add(entry);
        }

        return _atLine && _indent > indent ? null : new MappingNode(entries, start);
    }

    // The current line's key and its value; moves past the value's lines.
    private KeyValuePair<ScalarNode, YamlNode>? Entry(int depth)
    {
        var keyStart = _lineStart + _indent;
        var colon = KeyEnd(keyStart);
        if (colon < 0 || !(colon + 1 == _lineEnd || _text[colon + 1] == ' '))
        {
            return null;
        }

        var key = new ScalarNode(_text[keyStart..colon], ScalarWriting.Plain, Position(_indent));
        var at = SkipSpaces(colon + 1);
        YamlNode? value;
        if (at == _lineEnd || _text[at] == '#')
        {
            var indent = _indent;
            Advance();
            value = _atLine && _indent > indent ? Mapping(depth + 1) : null;
        }
        else
        {
            var end = _text[at] switch
            {
                '{' => FlowMapping(at, out value),
                '"' or '\'' => Quoted(at, out value),
                _ => BlockPlain(at, out value),
            };
            if (value is null || !EndsLine(end))
            {
                return null;
            }

            Advance();
        }

        return value is null ? null : new(key, value);
    }

    // The ':' after the key starting at start, or -1 when the key is not a plain word (letters, digits, '_', '.', '-').
    private int KeyEnd(int start)
    {
        if (!char.IsAsciiLetterOrDigit(_text[start]) && _text[start] != '_')
        {
            return -1;
        }

        var at = start + 1;
        while (at < _lineEnd && at - start <= MaxKeyLength && (char.IsAsciiLetterOrDigit(_text[at]) || _text[at] is '_' or '.' or '-'))
        {
            at++;
        }

        return at < _lineEnd && _text[at] == ':' && at - start <= MaxKeyLength ? at : -1;
    }

    // A plain scalar in block context from at, up to a comment or the line's end; returns where it or the problem ends.
    private int BlockPlain(int at, out YamlNode? value)
    {
        value = null;
        if (!PlainStart(at))
        {
            return at;
        }

        var end = at;
        while (end < _lineEnd && _text[end] != '#')
        {
            if (!BlockPlainCharacters.Contains(_text[end]))
            {
                return end;
            }

            end++;
        }

        if (end < _lineEnd && _text[end - 1] != ' ')
        {
            return end;
        }

        var text = _text.AsSpan(at, end - at).TrimEnd(' ');
        value = Scalar(at, text.ToString(), ScalarWriting.Plain);
        return at + text.Length;
    }

    // A one-line flow mapping of plain keys and plain values from its '{'; returns where it stops.
    private int FlowMapping(int open, out YamlNode? value)
    {
        value = null;
        var entries = new List<KeyValuePair<ScalarNode, YamlNode>>();
        var at = SkipSpaces(open + 1);
        while (at < _lineEnd && _text[at] != '}')
        {
            var colon = KeyEnd(at);
            if (colon < 0 || colon + 1 >= _lineEnd || _text[colon + 1] != ' ')
            {
                return at;
            }

            var key = Scalar(at, _text[at..colon], ScalarWriting.Plain);
            var valueStart = SkipSpaces(colon + 1);
            var end = valueStart;
            while (end < _lineEnd && FlowPlainCharacters.Contains(_text[end]))
            {
                end++;
            }

            if (end == valueStart || !PlainStart(valueStart))
            {
                return at;
            }

            entries.Add(new(key, Scalar(valueStart, _text.AsSpan(valueStart, end - valueStart).TrimEnd(' ').ToString(), ScalarWriting.Plain)));
            at = end;
            if (at < _lineEnd && _text[at] == ',')
            {
                at = SkipSpaces(at + 1);
                if (at < _lineEnd && _text[at] == '}')
                {
                    return at;
                }
            }
            else if (at >= _lineEnd || _text[at] != '}')
            {
                return at;
            }
        }

        if (at >= _lineEnd)
        {
            return at;
        }

        value = new MappingNode(entries, Position(open - _lineStart));
        return at + 1;
    }

    // A single- or double-quoted scalar closed on its line, without escapes; returns where it stops.
    private int Quoted(int open, out YamlNode? value)
    {
        value = null;
        var quote = _text[open];
        var close = _text.IndexOf(quote, open + 1, _lineEnd - open - 1);
        if (close < 0 || (quote == '\'' && close + 1 < _lineEnd && _text[close + 1] == '\'')
            || (quote == '"' && _text.AsSpan(open + 1, close - open - 1).Contains('\\')))
        {
            return open;
        }

        value = Scalar(open, _text[(open + 1)..close], quote == '"' ? ScalarWriting.DoubleQuoted : ScalarWriting.SingleQuoted);
        return close + 1;
    }

    // A plain scalar may start with a letter, a digit, '_', '(' or '$', or a sign or point before a digit or point.
    private bool PlainStart(int at)
    {
        var c = _text[at];
        var next = at + 1 < _lineEnd ? _text[at + 1] : '\n';
        return char.IsAsciiLetterOrDigit(c) || c is '_' or '(' or '$' || (c is '-' or '+' or '.' && (char.IsAsciiDigit(next) || next == '.'));
    }

    // True when only spaces follow at, then the line's end or a comment after a space.
    private bool EndsLine(int at)
    {
        var rest = SkipSpaces(at);
        return rest == _lineEnd || (_text[rest] == '#' && rest > at);
    }

    private int SkipSpaces(int at)
    {
        while (at < _lineEnd && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private ScalarNode Scalar(int at, string value, ScalarWriting style) => new(value, style, Position(at - _lineStart));

    private SourcePosition Position(int column) => new(_file, _lineNumber, column + 1);

    // Moves to the next line that holds more than spaces and a comment; _atLine is false past the last.
    private void Advance()
    {
        while (_next <= _text.Length)
        {
            var start = _next;
            var end = _text.IndexOf('\n', start);
            end = end < 0 ? _text.Length : end;
            _next = end + 1;
            _lineNumber++;
            var indent = 0;
            while (start + indent < end && _text[start + indent] == ' ')
            {
                indent++;
            }

            if (start + indent < end && _text[start + indent] != '#')
            {
                (_lineStart, _lineEnd, _indent, _atLine) = (start, end, indent, true);
                return;
            }
        }

        _atLine = false;
    }
}
