using SegRules.Engine.Diagnostics;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Validate;
using SegRules.Tests.Support;

namespace SegRules.Tests.Validate;

public sealed class FormulaParserTests
{
    private static readonly SourcePosition At = new(YamlText.File, 7, 14);

    private static (Formula? Formula, DiagnosticBag Diagnostics) Parse(string text, FormulaType expected = FormulaType.Number)
    {
        var diagnostics = new DiagnosticBag();
        var formula = FormulaParser.Parse(new ScalarNode(text, ScalarWriting.Plain, At), expected, diagnostics);
        return (formula, diagnostics);
    }

    [Theory]
    [InlineData("[7010]", "[7010]")]
    [InlineData("[swaps_funds_on_hand_cash]", "[swaps_funds_on_hand_cash]")]
    [InlineData("5", "5")]
    [InlineData("0.05", "0.05")]
    [InlineData("[7010] + [7020] * 2", "(Add [7010] (Multiply [7020] 2))")]
    [InlineData("([7010] + [7020]) * 0.05", "(Multiply (Add [7010] [7020]) 0.05)")]
    [InlineData("[7010] - [7020] / 4 % 3", "(Subtract [7010] (Remainder (Divide [7020] 4) 3))")]
    [InlineData("-[7010] + +5", "(Add (Negate [7010]) (Plus 5))")]
    [InlineData("[7190] < 0 ? -[7190] : 0", "(? (Less [7190] 0) (Negate [7190]) 0)")]
    [InlineData("[a] <= 1 && [b] >= 2 || !([c] > 3) ? 1 : 0", "(? (Or (And (LessOrEqual [a] 1) (GreaterOrEqual [b] 2)) (Not (Greater [c] 3))) 1 0)")]
    [InlineData("([a] == [b]) != true ? 1 : 0", "(? (NotEqual (Equal [a] [b]) true) 1 0)")]
    [InlineData("max([7010], [7020], 0)", "(Max [7010] [7020] 0)")]
    [InlineData("min([7010], 5)", "(Min [7010] 5)")]
    [InlineData("abs([some_id])", "(Abs [some_id])")]
    [InlineData("round_half_up([7360] * 0.05, 0)", "(RoundHalfUp (Multiply [7360] 0.05) 0)")]
    [InlineData("round_half_even([7010], 2)", "(RoundHalfEven [7010] 2)")]
    [InlineData("floor([7010]) + ceiling([7020])", "(Add (Floor [7010]) (Ceiling [7020]))")]
    public void Parse_AllowedConstruct_BuildsTheTreeItSays(string text, string tree)
    {
        // Act
        var (formula, diagnostics) = Parse(text);

        // Assert
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(formula);
        Assert.Equal(tree, FormulaPrinter.Print(formula.Root));
        Assert.Equal(text, formula.Text);
    }

    [Fact]
    public void Parse_Condition_AcceptsTrueFalseWhereExpected()
    {
        // Act
        var (formula, diagnostics) = Parse("[7010] > 0 && false", FormulaType.Boolean);

        // Assert
        Assert.Empty(diagnostics.Items);
        Assert.Equal("(And (Greater [7010] 0) false)", FormulaPrinter.Print(formula!.Root));
    }

    [Fact]
    public void Parse_References_KeepsEachReferencePositionAndDistinctKeysInOrder()
    {
        // Act
        var (formula, _) = Parse("[7020] + [some_id] - [7020]");

        // Assert
        Assert.Equal([new LineKey("7020"), new LineKey("some_id")], formula!.References);
        Assert.Equal([At, At.Offset(9), At.Offset(21)], formula.ReferenceNodes.Select(r => r.Position));
    }

    [Fact]
    public void Parse_Number_IsHeldExactlyAsDecimal()
    {
        // Act
        var (formula, _) = Parse("0.1 + 0.2");

        // Assert
        var sum = Assert.IsType<BinaryExpression>(formula!.Root);
        Assert.Equal(0.1m, Assert.IsType<NumberLiteral>(sum.Left).Value);
        Assert.Equal(0.2m, Assert.IsType<NumberLiteral>(sum.Right).Value);
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void Parse_NestingAroundTheLimit_AcceptedUpTo64Levels(int parentheses, bool accepted)
    {
        // Arrange: the brackets of [7010] are one level too.
        var text = new string('(', parentheses) + "[7010]" + new string(')', parentheses);

        // Act
        var (formula, diagnostics) = Parse(text);

        // Assert
        Assert.Equal(accepted, formula is not null);
        Assert.Equal(accepted ? [] : ["SR3006"], diagnostics.Items.Select(d => d.Id));
    }

    [Theory]
    [InlineData(FormulaParser.MaxLength, true)]
    [InlineData(FormulaParser.MaxLength + 1, false)]
    public void Parse_LengthAroundTheLimit_AcceptedUpTo4000Characters(int length, bool accepted)
    {
        // Arrange
        var text = "[7010]" + new string(' ', length - "[7010]".Length);

        // Act
        var (formula, diagnostics) = Parse(text);

        // Assert
        Assert.Equal(accepted, formula is not null);
        Assert.Equal(accepted ? [] : ["SR3006"], diagnostics.Items.Select(d => d.Id));
    }
}
