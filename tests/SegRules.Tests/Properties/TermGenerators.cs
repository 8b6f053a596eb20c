using FsCheck;
using FsCheck.Fluent;

namespace SegRules.Tests.Properties;

/// <summary>
/// Random formulas over a given set of readable lines, using every operator and function of the
/// formula language. Sub-generators are built only when chosen, so deep terms stay cheap.
/// </summary>
public static class TermGenerators
{
    private static readonly decimal[] Literals = [0m, 1m, 2m, 3m, 0.05m, 0.5m, 2.5m, 7.25m, 100m, 1000m];

    // Division and remainder are rarer than the other operators so that most rule sets evaluate
    // (a single division by a zero line fails the whole statement) and values get compared.
    private static readonly Gen<string> Arithmetic = Gen.Frequency(
        (3, Gen.Constant("+")), (3, Gen.Constant("-")), (3, Gen.Constant("*")), (1, Gen.Constant("/")), (1, Gen.Constant("%")));

    /// <summary>A number-valued term at most <paramref name="depth"/> deep that reads only <paramref name="readable"/>.</summary>
    public static Gen<Term> Number(int depth, IReadOnlyList<string> readable) => depth == 0
        ? Leaf(readable)
        : Gen.Frequency(
            (3, Leaf(readable)),
            (5, Defer(() => Infix(Arithmetic, Number(depth - 1, readable)))),
            (1, Defer(() => Gen.Elements("-", "-", "+").SelectMany(_ => Number(depth - 1, readable), Term.Prefix))),
            (2, Defer(() => Condition(depth - 1, readable).SelectMany(_ => Number(depth - 1, readable).Two(),
                (condition, branches) => Term.Conditional(condition, branches.Item1, branches.Item2)))),
            (3, Defer(() => Call(Number(depth - 1, readable)))));

    /// <summary>A true/false term at most <paramref name="depth"/> deep that reads only <paramref name="readable"/>.</summary>
    public static Gen<Term> Condition(int depth, IReadOnlyList<string> readable)
    {
        var comparison = Infix(Gen.Elements("<", "<=", ">", ">=", "==", "!="), Number(Math.Max(depth - 1, 0), readable));
        return depth == 0
            ? comparison
            : Gen.Frequency(
                (4, comparison),
                (3, Defer(() => Infix(Gen.Elements("&&", "||"), Condition(depth - 1, readable)))),
                (1, Defer(() => Condition(depth - 1, readable).Select(c => Term.Prefix("!", c)))),
                (1, Defer(() => Infix(Gen.Elements("==", "!="), Condition(depth - 1, readable)))),
                (1, Gen.Elements(true, false).Select(Term.Boolean)));
    }

    private static Gen<Term> Infix(Gen<string> symbols, Gen<Term> operand) =>
        symbols.SelectMany(_ => operand.Two(), (symbol, pair) => Term.Infix(symbol, pair.Item1, pair.Item2));

    private static Gen<Term> Call(Gen<Term> argument) => Gen.OneOf(
        Gen.Elements("max", "min").SelectMany(_ => Gen.Choose(2, 3).SelectMany(argument.ArrayOf), Term.Call),
        Gen.Elements("abs", "floor", "ceiling").SelectMany(_ => argument, (name, x) => Term.Call(name, x)),
        Gen.Elements("round_half_up", "round_half_even").SelectMany(_ => argument.Zip(Gen.Choose(0, 4)),
            (name, x) => Term.Call(name, x.Item1, Term.Digits(x.Item2))));

    private static Gen<Term> Leaf(IReadOnlyList<string> readable)
    {
        var literal = Gen.Elements(Literals).Select(Term.Number);
        return readable.Count == 0 ? literal : Gen.Frequency((1, literal), (3, Gen.Elements<string>(readable).Select(Term.Reference)));
    }

    private static Gen<T> Defer<T>(Func<Gen<T>> make) => Gen.Constant(0).SelectMany(_ => make());
}
