using SegRules.Engine.Model;

namespace SegRules.Engine.Cache;

/// <summary>
/// Reads back what <see cref="FormDefinitionWriter"/> wrote: the same definition, its positions
/// naming the rule set's files as the current process displays them.
/// </summary>
internal sealed class FormDefinitionReader(BinaryReader input, IReadOnlyList<string> fileNames)
{
    /// <summary>The definition in <paramref name="input"/>, built on <paramref name="files"/> (the rule set's texts, as hashed).</summary>
    /// <exception cref="InvalidDataException">The data is not a definition this engine wrote.</exception>
    public static FormDefinition Read(BinaryReader input, IReadOnlyList<RuleSetFile> files, Func<string, string> display)
    {
        try
        {
            return new FormDefinitionReader(input, files.Select(f => display(f.Path)).ToArray()).ReadForm(files);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or FormatException)
        {
            throw new InvalidDataException($"not a rule set this engine wrote ({e.Message})", e);
        }
    }

    /// <summary>Reads a version's facts alone, as <see cref="FormDefinitionWriter.WriteVersionInfo"/> wrote them.</summary>
    /// <exception cref="InvalidDataException">The data is not a version's facts this engine wrote.</exception>
    public static FormVersionInfo ReadVersionInfo(BinaryReader input)
    {
        try
        {
            return new FormDefinitionReader(input, []).ReadInfo();
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or FormatException)
        {
            throw new InvalidDataException($"not a version this engine wrote ({e.Message})", e);
        }
    }

    private FormDefinition ReadForm(IReadOnlyList<RuleSetFile> files)
    {
        var info = ReadInfo();
        var pages = ReadList(ReadPage);
        var targets = ReadList(ReadTarget);
        var lines = pages.SelectMany(p => p.Lines).ToDictionary(l => l.Key);
        var checks = pages.SelectMany(p => p.Checks).ToDictionary(c => c.Id);
        var evaluationOrder = ReadList(() => lines[new LineKey(input.ReadString())]);
        var checkOrder = ReadList(() => checks[new LineKey(input.ReadString())]);
        var hash = input.ReadString();
        return new FormDefinition(info, pages, targets, evaluationOrder, checkOrder, hash, files);
    }

    private FormVersionInfo ReadInfo() => new(
        input.ReadString(),
        input.ReadString(),
        input.ReadString(),
        DateOnly.FromDayNumber(input.ReadInt32()),
        ReadOptional(() => DateOnly.FromDayNumber(input.ReadInt32())),
        ReadList(input.ReadString),
        ReadList(input.ReadString))
    {
        Sources = ReadList(() => new VersionSource(input.ReadString(), ReadText(), ReadOptional(() => DateOnly.FromDayNumber(input.ReadInt32())), ReadText())),
    };

    private Page ReadPage() => new(input.ReadString(), input.ReadString(), ReadText(), ReadList(ReadLine), input.ReadString())
    {
        Supplementals = ReadList(ReadLine),
        Checks = ReadList(ReadCheck),
    };

    private LineDefinition ReadLine() => new(
        new LineKey(input.ReadString()),
        ReadText(),
        input.ReadString(),
        (LineKind)input.ReadByte(),
        ReadOptionalFormula(),
        ReadOptional(input.ReadDecimal),
        ReadText(),
        ReadText(),
        ReadText(),
        ReadPosition())
    {
        Sign = (LineSign)input.ReadByte(),
        Sources = ReadList(ReadSource),
    };

    private CitationSource ReadSource() => new(
        ReadText(),
        ReadText(),
        ReadText(),
        ReadText(),
        ReadText(),
        ReadText(),
        ReadOptional(() => DateOnly.FromDayNumber(input.ReadInt32())),
        ReadText(),
        ReadPosition());

    private CheckDefinition ReadCheck() => new(
        new LineKey(input.ReadString()),
        input.ReadString(),
        ReadFormula(),
        (Severity)input.ReadByte(),
        new MessageTemplate(input.ReadString(), ReadList<TemplatePart>(() => input.ReadBoolean()
            ? new TemplatePlaceholder(ReadFormula(), ReadText())
            : new TemplateText(input.ReadString()))),
        ReadText(),
        ReadText(),
        ReadText(),
        ReadText(),
        ReadPosition())
    {
        Sources = ReadList(ReadSource),
    };

    private ResidualInterestTarget ReadTarget() => new(
        input.ReadString(),
        input.ReadString(),
        ReadText(),
        ReadKey(),
        ReadKey(),
        (ReadKey(), ReadKey()),
        (ReadKey(), ReadKey()),
        ReadPosition());

    private Formula ReadFormula() => new(input.ReadString(), ReadNode(), ReadPosition());

    private Formula? ReadOptionalFormula() => input.ReadBoolean() ? ReadFormula() : null;

    private FormulaNode ReadNode()
    {
        var tag = (FormulaNodeTag)input.ReadByte();
        switch (tag)
        {
            case FormulaNodeTag.Number:
                var number = input.ReadDecimal();
                return new NumberLiteral(number, ReadPosition());
            case FormulaNodeTag.Boolean:
                var boolean = input.ReadBoolean();
                return new BooleanLiteral(boolean, ReadPosition());
            case FormulaNodeTag.Line:
                var line = ReadKey();
                return new LineReference(line, ReadPosition());
            case FormulaNodeTag.Filed:
                var filed = ReadKey();
                return new FiledReference(filed, ReadPosition());
            case FormulaNodeTag.Unary:
                var unary = (UnaryOperator)input.ReadByte();
                var unaryAt = ReadPosition();
                return new UnaryExpression(unary, ReadNode(), unaryAt);
            case FormulaNodeTag.Binary:
                var binary = (BinaryOperator)input.ReadByte();
                var binaryAt = ReadPosition();
                var left = ReadNode();
                return new BinaryExpression(binary, left, ReadNode(), binaryAt);
            case FormulaNodeTag.Conditional:
                var conditionalAt = ReadPosition();
                var condition = ReadNode();
                var whenTrue = ReadNode();
                return new ConditionalExpression(condition, whenTrue, ReadNode(), conditionalAt);
            case FormulaNodeTag.Call:
                var function = (FormulaFunction)input.ReadByte();
                var count = input.ReadInt32();
                var callAt = ReadPosition();
                return new FunctionCall(function, Enumerable.Range(0, count).Select(_ => ReadNode()).ToArray(), callAt);
            default:
                throw new FormatException($"unknown formula node {(byte)tag}");
        }
    }

    private SourcePosition ReadPosition()
    {
        var index = input.ReadInt32();
        var file = index < 0 ? input.ReadString() : fileNames[index];
        return new SourcePosition(file, input.ReadInt32(), input.ReadInt32());
    }

    private LineKey ReadKey() => new(input.ReadString());

    private string? ReadText() => input.ReadBoolean() ? input.ReadString() : null;

    private T? ReadOptional<T>(Func<T> read)
        where T : struct => input.ReadBoolean() ? read() : null;

    private T[] ReadList<T>(Func<T> read)
    {
        var count = input.ReadInt32();
        if (count < 0)
        {
            throw new FormatException($"a list of {count} items");
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read();
        }

        return items;
    }
}
