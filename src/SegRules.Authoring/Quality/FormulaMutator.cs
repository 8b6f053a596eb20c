using System.Globalization;
using SegRules.Engine.Model;

namespace SegRules.Authoring.Quality;

/// <summary>
/// Makes every one-change mutant of a formula: an operator swapped (<c>+</c> and <c>-</c>, <c>*</c> and
/// <c>/</c>, <c>&amp;&amp;</c> and <c>||</c>, <c>&lt;</c> and <c>&gt;</c>, <c>==</c> and <c>!=</c>,
/// <c>max</c> and <c>min</c>...), a term dropped (either side of an infix operator, the argument of a
/// negation, an argument of <c>max</c>/<c>min</c>), a line reference swapped for its neighbour on
/// the form, a comparison loosened (<c>&lt;</c> to <c>&lt;=</c>, <c>&gt;</c> to <c>&gt;=</c>), and a
/// sign flipped (a number negated). Each mutant keeps the formula's type, so it is a formula the
/// validator would accept.
/// </summary>
/// <param name="neighbour">The line to read instead of a referenced line, or null when none may be read there.</param>
public sealed class FormulaMutator(Func<LineKey, LineKey?> neighbour) : IFormulaVisitor<IEnumerable<Mutation>>
{
    /// <summary>Every mutant of <paramref name="root"/>, in source order.</summary>
    public IReadOnlyList<Mutation> Mutate(FormulaNode root) => root.Accept(this).ToArray();

    /// <inheritdoc />
    public IEnumerable<Mutation> VisitNumber(NumberLiteral node) => node.Value == 0
        ? []
        : [new Mutation(node with { Value = -node.Value }, $"sign of {node.Value.ToString(CultureInfo.InvariantCulture)} flipped", node.Position)];

    /// <inheritdoc />
    public IEnumerable<Mutation> VisitBoolean(BooleanLiteral node) =>
        [new Mutation(node with { Value = !node.Value }, $"{(node.Value ? "true" : "false")} -> {(node.Value ? "false" : "true")}", node.Position)];

    /// <inheritdoc />
    public IEnumerable<Mutation> VisitLineReference(LineReference node) => neighbour(node.Key) is { } other
        ? [new Mutation(node with { Key = other }, $"{node.Key.AsReference} -> {other.AsReference}", node.Position)]
        : [];

    /// <inheritdoc />
    public IEnumerable<Mutation> VisitFiled(FiledReference node) => [];

    /// <inheritdoc />
    public IEnumerable<Mutation> VisitUnary(UnaryExpression node)
    {
        var own = node.Operator switch
        {
            UnaryOperator.Negate => new Mutation(node.Operand, "'-' dropped (sign flipped)", node.Position),
            UnaryOperator.Not => new Mutation(node.Operand, "'!' dropped", node.Position),
            _ => null,
        };
        var inner = node.Operand.Accept(this).Select(m => m with { Root = node with { Operand = m.Root } });
        return own is null ? inner : inner.Prepend(own);
    }

    /// <inheritdoc />
    public IEnumerable<Mutation> VisitBinary(BinaryExpression node)
    {
        // Placed at the right operand, where the operator is: in a chain a + b + c each operator has its own place.
        var at = node.Right.Position;
        var own = new List<Mutation>();
        foreach (var swapped in Swaps(node.Operator))
        {
            own.Add(new Mutation(node with { Operator = swapped }, $"'{OperatorSymbols.Of(node.Operator)}' -> '{OperatorSymbols.Of(swapped)}'", at));
        }

        if (node.Operator is not (BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual
            or BinaryOperator.Equal or BinaryOperator.NotEqual))
        {
            own.Add(new Mutation(node.Left, $"right of '{OperatorSymbols.Of(node.Operator)}' dropped", at));
            own.Add(new Mutation(node.Operator == BinaryOperator.Subtract ? new UnaryExpression(UnaryOperator.Negate, node.Right, node.Right.Position) : node.Right,
                $"left of '{OperatorSymbols.Of(node.Operator)}' dropped", at));
        }

        return own
            .Concat(node.Left.Accept(this).Select(m => m with { Root = node with { Left = m.Root } }))
            .Concat(node.Right.Accept(this).Select(m => m with { Root = node with { Right = m.Root } }));
    }

    /// <inheritdoc />
    public IEnumerable<Mutation> VisitConditional(ConditionalExpression node) =>
        node.Condition.Accept(this).Select(m => m with { Root = node with { Condition = m.Root } })
            .Concat(node.WhenTrue.Accept(this).Select(m => m with { Root = node with { WhenTrue = m.Root } }))
            .Concat(node.WhenFalse.Accept(this).Select(m => m with { Root = node with { WhenFalse = m.Root } }));

    /// <inheritdoc />
    public IEnumerable<Mutation> VisitCall(FunctionCall node)
    {
        var own = new List<Mutation>();
        if (Counterpart(node.Function) is { } other)
        {
            own.Add(new Mutation(node with { Function = other }, $"{Name(node.Function)} -> {Name(other)}", node.Position));
        }

        if (node.Function is FormulaFunction.Max or FormulaFunction.Min or FormulaFunction.Abs)
        {
            own.AddRange(node.Arguments.Select((a, i) => new Mutation(a, $"{Name(node.Function)} dropped, argument {i + 1} kept", node.Position)));
        }

        // The digits argument of the rounding functions must stay a literal whole number: it is not mutated.
        var mutable = FormulaFunctionSignature.Of(node.Function).HasDigitsArgument ? node.Arguments.Count - 1 : node.Arguments.Count;
        var inner = Enumerable.Range(0, mutable).SelectMany(i => node.Arguments[i].Accept(this).Select(m =>
        {
            var arguments = node.Arguments.ToArray();
            arguments[i] = m.Root;
            return m with { Root = node with { Arguments = arguments } };
        }));
        return own.Concat(inner);
    }

    private static IEnumerable<BinaryOperator> Swaps(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => [BinaryOperator.Subtract],
        BinaryOperator.Subtract => [BinaryOperator.Add],
        BinaryOperator.Multiply => [BinaryOperator.Divide],
        BinaryOperator.Divide => [BinaryOperator.Multiply],
        BinaryOperator.Remainder => [BinaryOperator.Multiply],
        BinaryOperator.Less => [BinaryOperator.LessOrEqual, BinaryOperator.Greater],
        BinaryOperator.Greater => [BinaryOperator.GreaterOrEqual, BinaryOperator.Less],
        BinaryOperator.LessOrEqual => [BinaryOperator.GreaterOrEqual],
        BinaryOperator.GreaterOrEqual => [BinaryOperator.LessOrEqual],
        BinaryOperator.Equal => [BinaryOperator.NotEqual],
        BinaryOperator.NotEqual => [BinaryOperator.Equal],
        BinaryOperator.And => [BinaryOperator.Or],
        BinaryOperator.Or => [BinaryOperator.And],
        _ => [],
    };

    private static FormulaFunction? Counterpart(FormulaFunction function) => function switch
    {
        FormulaFunction.Max => FormulaFunction.Min,
        FormulaFunction.Min => FormulaFunction.Max,
        FormulaFunction.Floor => FormulaFunction.Ceiling,
        FormulaFunction.Ceiling => FormulaFunction.Floor,
        FormulaFunction.RoundHalfUp => FormulaFunction.RoundHalfEven,
        FormulaFunction.RoundHalfEven => FormulaFunction.RoundHalfUp,
        _ => null,
    };


    private static string Name(FormulaFunction function) => FormulaFunctionSignature.Of(function).Name;
}
