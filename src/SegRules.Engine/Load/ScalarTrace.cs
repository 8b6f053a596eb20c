using System.Text;
using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>A scalar's value as <see cref="ScalarPositions"/> rebuilds it, with the source position of each character.</summary>
internal sealed class ScalarTrace(string file)
{
    private readonly StringBuilder _text = new();
    private readonly List<SourcePosition> _positions = [];
    private int _kept;

    public string Text => _text.ToString();

    public IReadOnlyList<SourcePosition> Positions => _positions;

    /// <summary>Appends <paramref name="value"/>, every character of it written at the 0-based line and column given.</summary>
    public void Add(string value, int line, int column)
    {
        _text.Append(value);
        _positions.AddRange(Enumerable.Repeat(new SourcePosition(file, line + 1, column + 1), value.Length));
    }

    /// <summary>Appends the value of an escape, which line folding never trims.</summary>
    public void AddKept(string value, int line, int column)
    {
        Add(value, line, column);
        _kept = _text.Length;
    }

    /// <summary>Drops the spaces and tabs before a folded line break, as YAML does.</summary>
    public void TrimTrailingBlanks()
    {
        while (_text.Length > _kept && _text[^1] is ' ' or '\t')
        {
            _text.Length--;
            _positions.RemoveAt(_positions.Count - 1);
        }
    }

    /// <summary>Records where the value ends (its closing quote, or just after its last character).</summary>
    public bool End(int line, int column)
    {
        _positions.Add(new SourcePosition(file, line + 1, column + 1));
        return true;
    }
}
