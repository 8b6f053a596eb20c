using SegRules.Engine.Model;

namespace SegRules.Engine.Cache;

/// <summary>
/// Writes a <see cref="FormDefinition"/> as the disk cache keeps it: every page, line, formula tree,
/// check and target, so a later process prints labels and findings without parsing the YAML again.
/// Positions name files by their index in the rule set's file list, so an entry does not depend on
/// the folder or working directory it was written from; <see cref="FormDefinitionReader"/> reads it back.
/// </summary>
internal sealed class FormDefinitionWriter(BinaryWriter output, IReadOnlyDictionary<string, int> fileIndex) : IFormulaVisitor<bool>
{
    /// <summary>Writes <paramref name="form"/>; <paramref name="display"/> names each of its files in positions.</summary>
    public static void Write(BinaryWriter output, FormDefinition form, Func<string, string> display)
    {
        var index = form.Files.Select((f, i) => (Display: display(f.Path), i)).DistinctBy(x => x.Display).ToDictionary(x => x.Display, x => x.i, StringComparer.Ordinal);
        new FormDefinitionWriter(output, index).WriteForm(form);
    }

    /// <summary>Writes a version's facts alone (a manifest's cache entry); <see cref="FormDefinitionReader.ReadVersionInfo"/> reads them back.</summary>
    public static void WriteVersionInfo(BinaryWriter output, FormVersionInfo info) =>
        new FormDefinitionWriter(output, new Dictionary<string, int>()).WriteInfo(info);

    private void WriteForm(FormDefinition form)
    {
        WriteInfo(form.Info);
        WriteList(form.Pages, WritePage);
        WriteList(form.Targets, WriteTarget);
        WriteList(form.EvaluationOrder, l => output.Write(l.Key.Value));
        WriteList(form.CheckOrder, c => output.Write(c.Id.Value));
        output.Write(form.Hash);
    }

    private void WriteInfo(FormVersionInfo info)
    {
        output.Write(info.Form);
        output.Write(info.Version);
        output.Write(info.Title);
        output.Write(info.EffectiveFrom.DayNumber);
        WriteOptional(info.EffectiveTo?.DayNumber, output.Write);
        WriteList(info.Citations, output.Write);
        WriteList(info.Assumptions, output.Write);
        WriteList(info.Sources, source =>
        {
            output.Write(source.Document);
            WriteOptional(source.Reference, output.Write);
            WriteOptional(source.Effective?.DayNumber, output.Write);
            WriteOptional(source.Note, output.Write);
        });
    }

    private void WritePage(Page page)
    {
        output.Write(page.Id);
        output.Write(page.Title);
        WriteOptional(page.Citation, output.Write);
        WriteList(page.Lines, WriteLine);
        output.Write(page.Source);
        WriteList(page.Supplementals, WriteLine);
        WriteList(page.Checks, WriteCheck);
    }

    private void WriteLine(LineDefinition line)
    {
        output.Write(line.Key.Value);
        WriteOptional(line.PrintedLine, output.Write);
        output.Write(line.Label);
        output.Write((byte)line.Kind);
        WriteOptional(line.Formula, WriteFormula);
        WriteOptional(line.Default, output.Write);
        WriteOptional(line.Citation, output.Write);
        WriteOptional(line.Note, output.Write);
        WriteOptional(line.Section, output.Write);
        WritePosition(line.Position);
        output.Write((byte)line.Sign);
        WriteList(line.Sources, WriteSource);
    }

    private void WriteSource(CitationSource source)
    {
        foreach (var text in new[] { source.Text, source.Authority, source.Document, source.Section, source.FederalRegister, source.Notice })
        {
            WriteOptional(text, output.Write);
        }

        WriteOptional(source.Effective?.DayNumber, output.Write);
        WriteOptional(source.Link, output.Write);
        WritePosition(source.Position);
    }

    private void WriteCheck(CheckDefinition check)
    {
        output.Write(check.Id.Value);
        output.Write(check.Title);
        WriteFormula(check.When);
        output.Write((byte)check.Severity);
        output.Write(check.Message.Text);
        WriteList(check.Message.Parts, part =>
        {
            if (part is TemplatePlaceholder placeholder)
            {
                output.Write(true);
                WriteFormula(placeholder.Expression);
                WriteOptional(placeholder.Format, output.Write);
            }
            else
            {
                output.Write(false);
                output.Write(((TemplateText)part).Text);
            }
        });
        WriteOptional(check.Citation, output.Write);
        WriteOptional(check.Action, output.Write);
        WriteOptional(check.Deadline, output.Write);
        WriteOptional(check.Note, output.Write);
        WritePosition(check.Position);
        WriteList(check.Sources, WriteSource);
    }

    private void WriteTarget(ResidualInterestTarget target)
    {
        output.Write(target.Pool);
        output.Write(target.Label);
        WriteOptional(target.Citation, output.Write);
        foreach (var key in new[] { target.Amount, target.Percent, target.AmountRange.Low, target.AmountRange.High, target.PercentRange.Low, target.PercentRange.High })
        {
            output.Write(key.Value);
        }

        WritePosition(target.Position);
    }

    private void WriteFormula(Formula formula)
    {
        output.Write(formula.Text);
        formula.Root.Accept(this);
        WritePosition(formula.Position);
    }

    private void WritePosition(SourcePosition position)
    {
        if (fileIndex.TryGetValue(position.File, out var index))
        {
            output.Write(index);
        }
        else
        {
            output.Write(-1);
            output.Write(position.File);
        }

        output.Write(position.Line);
        output.Write(position.Column);
    }

    private void WriteOptional<T>(T? value, Action<T> write)
        where T : class
    {
        output.Write(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private void WriteOptional<T>(T? value, Action<T> write)
        where T : struct
    {
        output.Write(value.HasValue);
        if (value is { } present)
        {
            write(present);
        }
    }

    private void WriteList<T>(IReadOnlyList<T> items, Action<T> write)
    {
        output.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    // Each node: its tag, its own fields, its position, then its children in order.
    private bool Node(FormulaNodeTag tag, SourcePosition position, Action fields, params FormulaNode[] children)
    {
        output.Write((byte)tag);
        fields();
        WritePosition(position);
        foreach (var child in children)
        {
            child.Accept(this);
        }

        return true;
    }

    public bool VisitNumber(NumberLiteral node) => Node(FormulaNodeTag.Number, node.Position, () => output.Write(node.Value));

    public bool VisitBoolean(BooleanLiteral node) => Node(FormulaNodeTag.Boolean, node.Position, () => output.Write(node.Value));

    public bool VisitLineReference(LineReference node) => Node(FormulaNodeTag.Line, node.Position, () => output.Write(node.Key.Value));

    public bool VisitFiled(FiledReference node) => Node(FormulaNodeTag.Filed, node.Position, () => output.Write(node.Key.Value));

    public bool VisitUnary(UnaryExpression node) => Node(FormulaNodeTag.Unary, node.Position, () => output.Write((byte)node.Operator), node.Operand);

    public bool VisitBinary(BinaryExpression node) =>
        Node(FormulaNodeTag.Binary, node.Position, () => output.Write((byte)node.Operator), node.Left, node.Right);

    public bool VisitConditional(ConditionalExpression node) =>
        Node(FormulaNodeTag.Conditional, node.Position, () => { }, node.Condition, node.WhenTrue, node.WhenFalse);

    public bool VisitCall(FunctionCall node) => Node(FormulaNodeTag.Call, node.Position, () =>
    {
        output.Write((byte)node.Function);
        output.Write(node.Arguments.Count);
    }, [.. node.Arguments]);
}
