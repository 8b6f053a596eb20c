using System.Globalization;
using System.Text;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;

namespace SegRules.Engine.Compile;

/// <summary>
/// Writes the C# source of a form's evaluator from its validated formula trees (never from formula
/// text): one method that computes every formula line in dependency order, then every check whose
/// inputs are known, into the runtime's evaluation state. The code names nothing but the runtime
/// (<c>SegRules.Runtime</c>) and the base library, the only assemblies it is compiled against. <c>#line</c> directives map each
/// statement to its formula in the rule file through <see cref="GeneratedSource"/>'s table, so no text
/// from a rule file or its name (file names, ids, labels) is ever written into the source.
/// </summary>
internal sealed class CSharpEmitter : IFormulaVisitor<string>
{
    private const string Runtime = "global::SegRules.Runtime.FormulaRuntime";
    private const string State = "global::SegRules.Runtime.EvaluationState";
    private readonly SlotLayout _layout;

    private CSharpEmitter(SlotLayout layout) => _layout = layout;

    /// <summary>The name of the generated class; its static method <see cref="MethodName"/> evaluates.</summary>
    public const string ClassName = "SegRulesCompiledRuleSet";

    /// <summary>The name of the generated evaluation method.</summary>
    public const string MethodName = "Evaluate";

    /// <summary>The source of one static class holding the evaluation method.</summary>
    public static GeneratedSource Emit(FormDefinition form, SlotLayout layout)
    {
        var emitter = new CSharpEmitter(layout);
        var code = new StringBuilder();
        var statements = new List<SourcePosition>();
        void LineDirective(SourcePosition position)
        {
            code.AppendLine(GeneratedSource.LineDirective(statements.Count));
            statements.Add(position);
        }

        code.AppendLine("// Evaluator of one rule set, generated from its validated formula trees");
        // Literals go through Number() so that Roslyn never folds a constant subexpression: folding would
        // turn "1 / 0" or an overflowing product of literals into a compile error (SR4001) for the whole
        // rule set, where the interpreter and docs/formulas.md make it an arithmetic error of the line
        // (SR4002), raised only when the line is computed.
        code.AppendLine(CultureInfo.InvariantCulture, $"public static class {ClassName}");
        code.AppendLine("{");
        code.AppendLine("static decimal Number(decimal value) => value;");
        code.AppendLine(CultureInfo.InvariantCulture, $"public static void {MethodName}({State} s)");
        code.AppendLine("{");
        code.AppendLine("    var v = s.Values; var known = s.Known; var filed = s.Filed; var filedKnown = s.FiledKnown;");
        code.AppendLine("    var evaluated = s.Evaluated; var f = s.Fired; var a = s.Arguments;");
        code.AppendLine("    int at = -1;");
        code.AppendLine("    try");
        code.AppendLine("    {");
        foreach (var line in form.EvaluationOrder)
        {
            var slot = layout[line.Key];
            var position = line.Formula!.Position;
            LineDirective(position);
            code.AppendLine(CultureInfo.InvariantCulture, $"        at = {slot}; v[{slot}] = {line.Formula.Root.Accept(emitter)};");
        }

        foreach (var check in form.CheckOrder)
        {
            var slot = layout.CheckSlot(check.Id);
            var guard = CheckGuard.Of(check, layout).Select(g => g.Kind switch
            {
                GuardKind.Check => $"evaluated[{g.Slot}]",
                GuardKind.Supplemental => $"known[{g.Slot}]",
                _ => $"filedKnown[{g.Slot}]",
            }).Prepend("true");
            LineDirective(check.When.Position);
            code.AppendLine(CultureInfo.InvariantCulture, $"        at = {layout.Keys.Count + slot}; evaluated[{slot}] = {string.Join(" && ", guard)}; f[{slot}] = evaluated[{slot}] && {check.When.Root.Accept(emitter)}; if (f[{slot}]) {{");
            var offset = layout.ArgumentOffset(slot);
            foreach (var (placeholder, i) in check.Message.Placeholders.Select((p, i) => (p, i)))
            {
                LineDirective(placeholder.Expression.Position);
                code.AppendLine(CultureInfo.InvariantCulture, $"            a[{offset + i}] = {placeholder.Expression.Root.Accept(emitter)};");
            }

            code.AppendLine("        }");
        }

        code.AppendLine("#line default");
        code.AppendLine("    }");
        code.AppendLine("    catch (global::System.ArithmeticException e)");
        code.AppendLine("    {");
        code.AppendLine("        throw new global::SegRules.Runtime.LineEvaluationException(at, e);");
        code.AppendLine("    }");
        code.AppendLine("}");
        code.AppendLine("}");
        return new GeneratedSource(code.ToString(), statements);
    }

    public string VisitNumber(NumberLiteral node) => $"Number({node.Value.ToString(CultureInfo.InvariantCulture)}m)";

    public string VisitBoolean(BooleanLiteral node) => node.Value ? "true" : "false";

    public string VisitLineReference(LineReference node) =>
        _layout.IsCheck(node.Key) ? $"f[{_layout.CheckSlot(node.Key)}]" : $"v[{_layout[node.Key]}]";

    public string VisitFiled(FiledReference node) => $"filed[{_layout[node.Key]}]";

    public string VisitUnary(UnaryExpression node) => node.Operator switch
    {
        UnaryOperator.Negate => $"(-{node.Operand.Accept(this)})",
        UnaryOperator.Plus => $"(+{node.Operand.Accept(this)})",
        _ => $"(!{node.Operand.Accept(this)})",
    };

    public string VisitBinary(BinaryExpression node) => $"({node.Left.Accept(this)} {Symbol(node.Operator)} {node.Right.Accept(this)})";

    public string VisitConditional(ConditionalExpression node) =>
        $"({node.Condition.Accept(this)} ? {node.WhenTrue.Accept(this)} : {node.WhenFalse.Accept(this)})";

    public string VisitCall(FunctionCall node)
    {
        var signature = FormulaFunctionSignature.Of(node.Function);
        var arguments = node.Arguments.Select((a, i) => signature.HasDigitsArgument && i == node.Arguments.Count - 1
            ? ((NumberLiteral)a).Value.ToString("0", CultureInfo.InvariantCulture)
            : a.Accept(this));
        return $"{Runtime}.{FormulaFunctions.MethodName(node.Function)}({string.Join(", ", arguments)})";
    }

    private static string Symbol(BinaryOperator op) => OperatorSymbols.Of(op);
}
