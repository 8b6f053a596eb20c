using System.Globalization;

namespace SegRules.Tests.Properties;

/// <summary>
/// A formula as the generator builds it: printed as rule-file text with only the parentheses C#
/// precedence needs (so the parser is exercised too), and taken apart when a counterexample shrinks.
/// </summary>
/// <param name="Shape">What the term is.</param>
/// <param name="Text">The literal, key, operator symbol or function name.</param>
/// <param name="Operands">The sub-terms, left to right.</param>
public sealed record Term(TermShape Shape, string Text, IReadOnlyList<Term> Operands)
{
    private static readonly string[] Conditions = ["<", "<=", ">", ">=", "==", "!=", "&&", "||", "!"];

    public static Term Number(decimal value) => new(TermShape.Number, value.ToString(CultureInfo.InvariantCulture), []);

    public static Term Digits(int places) => new(TermShape.Digits, places.ToString(CultureInfo.InvariantCulture), []);

    public static Term Boolean(bool value) => new(TermShape.Boolean, value ? "true" : "false", []);

    public static Term Reference(string key) => new(TermShape.Reference, key, []);

    public static Term Prefix(string symbol, Term operand) => new(TermShape.Prefix, symbol, [operand]);

    public static Term Infix(string symbol, Term left, Term right) => new(TermShape.Infix, symbol, [left, right]);

    public static Term Conditional(Term condition, Term whenTrue, Term whenFalse) => new(TermShape.Conditional, "?:", [condition, whenTrue, whenFalse]);

    public static Term Call(string function, params Term[] arguments) => new(TermShape.Call, function, arguments);

    /// <summary>True when the term is true/false rather than a number.</summary>
    public bool IsCondition => Shape == TermShape.Boolean || Shape is TermShape.Infix or TermShape.Prefix && Conditions.Contains(Text);

    /// <summary>The keys of every line the term reads.</summary>
    public IEnumerable<string> References => Shape == TermShape.Reference ? [Text] : Operands.SelectMany(o => o.References);

    /// <summary>Every number-valued term inside this one that could stand in its place (not digits arguments).</summary>
    public IEnumerable<Term> NumberParts => Operands
        .Where(o => o.Shape != TermShape.Digits)
        .SelectMany(o => o.IsCondition ? o.NumberParts : o.NumberParts.Prepend(o));

    /// <summary>The term as a formula in a rule file.</summary>
    public override string ToString() => Shape switch
    {
        TermShape.Reference => $"[{Text}]",
        TermShape.Prefix => Text + Wrap(Operands[0], Operands[0].Precedence < Precedence || Operands[0].Shape == TermShape.Prefix),
        TermShape.Infix => $"{Wrap(Operands[0], Operands[0].Precedence < Precedence)} {Text} {Wrap(Operands[1], Operands[1].Precedence <= Precedence)}",
        TermShape.Conditional => string.Join(" ", Wrap(Operands[0], Operands[0].Precedence <= Precedence), "?",
            Wrap(Operands[1], Operands[1].Precedence <= Precedence), ":", Wrap(Operands[2], Operands[2].Precedence <= Precedence)),
        TermShape.Call => $"{Text}({string.Join(", ", Operands)})",
        _ => Text,
    };

    private int Precedence => Shape switch
    {
        TermShape.Conditional => 1,
        TermShape.Prefix => 8,
        TermShape.Infix => Text switch
        {
            "||" => 2,
            "&&" => 3,
            "==" or "!=" => 4,
            "<" or "<=" or ">" or ">=" => 5,
            "+" or "-" => 6,
            _ => 7,
        },
        _ => 9,
    };

    private static string Wrap(Term term, bool parenthesize) => parenthesize ? $"({term})" : term.ToString();
}
