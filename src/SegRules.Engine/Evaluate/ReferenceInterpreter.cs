using SegRules.Engine.Model;
using SegRules.Runtime;

namespace SegRules.Engine.Evaluate;

/// <summary>
/// Evaluates a form by walking its formula trees, without Roslyn: the test oracle for compiled
/// evaluators. It deliberately shares nothing with the compiler but the model and the function
/// implementations: it computes each line on demand, recursively, instead of following the
/// compiler's dependency order, so an ordering mistake in either shows up as a difference.
/// </summary>
public sealed class ReferenceInterpreter
{
    private readonly FormDefinition _form;
    private readonly SlotLayout _layout;
    private readonly IReadOnlyDictionary<LineKey, FormulaNode> _replaced;

    /// <summary>Prepares to interpret <paramref name="form"/>.</summary>
    public ReferenceInterpreter(FormDefinition form)
        : this(form, new Dictionary<LineKey, FormulaNode>())
    {
    }

    /// <summary>
    /// Prepares to interpret <paramref name="form"/> with the formulas of some lines or the conditions of
    /// some checks replaced (mutation testing of regression cases). A replacement must read only lines
    /// that do not read the line it replaces, and keep its type, as the validator would demand.
    /// </summary>
    public ReferenceInterpreter(FormDefinition form, IReadOnlyDictionary<LineKey, FormulaNode> replaced)
    {
        _form = form;
        _layout = new SlotLayout(form);
        _replaced = replaced;
    }

    private FormulaNode RootOf(LineKey key, Formula formula) => _replaced.GetValueOrDefault(key, formula.Root);

    /// <summary>Computes every line from <paramref name="inputs"/> (which must hold every input line).</summary>
    /// <exception cref="LineEvaluationException">A line's arithmetic failed.</exception>
    public IReadOnlyDictionary<LineKey, decimal> Evaluate(IReadOnlyDictionary<LineKey, decimal> inputs) =>
        _layout.Read(Run(inputs).Values);

    /// <summary>
    /// Computes the formula of line <paramref name="key"/> alone, reading the lines it refers to from
    /// <paramref name="figures"/> instead of computing them (a line missing there is computed from its
    /// own formula): e.g. a filed total checked against the filed figures it adds up.
    /// </summary>
    /// <exception cref="LineEvaluationException">The line's arithmetic failed.</exception>
    public decimal EvaluateLine(LineKey key, IReadOnlyDictionary<LineKey, decimal> figures)
    {
        var values = new Dictionary<LineKey, decimal>(figures);
        values.Remove(key);
        return new Walk(this, values, _layout.NewState(new Dictionary<LineKey, decimal>())).Value(key);
    }

    /// <summary>Computes every line and every check whose figures are known, into a state laid out like a compiled evaluator's.</summary>
    /// <exception cref="LineEvaluationException">A line's or check's arithmetic failed.</exception>
    public EvaluationState Run(
        IReadOnlyDictionary<LineKey, decimal> inputs,
        IReadOnlyDictionary<LineKey, decimal>? supplementals = null,
        IReadOnlyDictionary<LineKey, decimal>? filed = null)
    {
        var values = new Dictionary<LineKey, decimal>(inputs);
        foreach (var (key, value) in supplementals ?? new Dictionary<LineKey, decimal>())
        {
            values[key] = value;
        }

        var state = _layout.NewState(inputs, supplementals, filed);
        var walk = new Walk(this, values, state);
        foreach (var line in _form.Lines)
        {
            state.Values[_layout[line.Key]] = walk.Value(line.Key);
        }

        foreach (var check in _form.Checks)
        {
            walk.Check(check.Id);
        }

        return state;
    }

    private sealed class Walk(ReferenceInterpreter owner, Dictionary<LineKey, decimal> values, EvaluationState state) : IFormulaVisitor<FormulaValue>
    {
        private readonly Dictionary<LineKey, bool?> _checks = [];

        /// <summary>The check's outcome: true/false when evaluated, null when a figure it needs is unknown.</summary>
        public bool? Check(LineKey id)
        {
            if (_checks.TryGetValue(id, out var done))
            {
                return done;
            }

            owner._form.TryGetCheck(id, out var check);
            var slot = owner._layout.CheckSlot(id);
            bool? outcome = null;
            var guards = CheckGuard.Of(check, owner._layout);
            if (guards.All(g => g.Kind switch
            {
                GuardKind.Check => Check(g.Key) is not null,
                GuardKind.Supplemental => values.ContainsKey(g.Key),
                _ => state.FiledKnown[g.Slot],
            }))
            {
                try
                {
                    outcome = owner.RootOf(check.Id, check.When).Accept(this).Truth;
                    state.Evaluated[slot] = true;
                    state.Fired[slot] = outcome.Value;
                    if (outcome.Value)
                    {
                        var offset = owner._layout.ArgumentOffset(slot);
                        for (var i = 0; i < check.Message.Placeholders.Count; i++)
                        {
                            state.Arguments[offset + i] = check.Message.Placeholders[i].Expression.Root.Accept(this).Number;
                        }
                    }
                }
                catch (ArithmeticException e)
                {
                    throw new LineEvaluationException(owner._layout.Keys.Count + slot, e);
                }
            }

            _checks[id] = outcome;
            return outcome;
        }

        public decimal Value(LineKey key)
        {
            if (values.TryGetValue(key, out var known))
            {
                return known;
            }

            var line = owner._form[key];
            try
            {
                var value = owner.RootOf(key, line.Formula!).Accept(this).Number;
                values[key] = value;
                return value;
            }
            catch (ArithmeticException e)
            {
                throw new LineEvaluationException(owner._layout[key], e);
            }
        }

        public FormulaValue VisitNumber(NumberLiteral node) => node.Value;

        public FormulaValue VisitBoolean(BooleanLiteral node) => node.Value;

        public FormulaValue VisitLineReference(LineReference node) =>
            owner._layout.IsCheck(node.Key) ? Check(node.Key) ?? false : Value(node.Key);

        public FormulaValue VisitFiled(FiledReference node) => state.Filed[owner._layout[node.Key]];

        public FormulaValue VisitUnary(UnaryExpression node)
        {
            var operand = node.Operand.Accept(this);
            return node.Operator switch
            {
                UnaryOperator.Negate => -operand.Number,
                UnaryOperator.Plus => operand.Number,
                _ => !operand.Truth,
            };
        }

        public FormulaValue VisitBinary(BinaryExpression node)
        {
            var left = node.Left.Accept(this);
            switch (node.Operator)
            {
                // && and || evaluate their right side only when needed, as C# does.
                case BinaryOperator.And:
                    return left.Truth && node.Right.Accept(this).Truth;
                case BinaryOperator.Or:
                    return left.Truth || node.Right.Accept(this).Truth;
            }

            var right = node.Right.Accept(this);
            return node.Operator switch
            {
                BinaryOperator.Add => left.Number + right.Number,
                BinaryOperator.Subtract => left.Number - right.Number,
                BinaryOperator.Multiply => left.Number * right.Number,
                BinaryOperator.Divide => left.Number / right.Number,
                BinaryOperator.Remainder => left.Number % right.Number,
                BinaryOperator.Less => left.Number < right.Number,
                BinaryOperator.LessOrEqual => left.Number <= right.Number,
                BinaryOperator.Greater => left.Number > right.Number,
                BinaryOperator.GreaterOrEqual => left.Number >= right.Number,
                BinaryOperator.Equal => left == right,
                BinaryOperator.NotEqual => left != right,
                _ => throw new InvalidOperationException($"operator {node.Operator} has no interpretation"),
            };
        }

        public FormulaValue VisitConditional(ConditionalExpression node) =>
            node.Condition.Accept(this).Truth ? node.WhenTrue.Accept(this) : node.WhenFalse.Accept(this);

        public FormulaValue VisitCall(FunctionCall node)
        {
            var arguments = new decimal[node.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = node.Arguments[i].Accept(this).Number;
            }

            return FormulaFunctions.Call(node.Function, arguments);
        }
    }

    /// <summary>A number or a truth value; the validator has already made sure each is used as its type.</summary>
    private readonly record struct FormulaValue(decimal Number, bool Truth)
    {
        public static implicit operator FormulaValue(decimal number) => new(number, false);

        public static implicit operator FormulaValue(bool truth) => new(0m, truth);
    }
}
