using System.Text.RegularExpressions;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Compile;

/// <summary>
/// The generated evaluator carries no text from outside: no file or folder name, id or label reaches
/// the source, and its <c>#line</c> directives name statement indexes that map back to the rule files.
/// </summary>
public sealed partial class GeneratedSourceTests
{
    private const string HostileName = "x\"\n#error injected\n/*";

    [Fact]
    public void Emit_RuleSetWithHostileFileNames_WritesNoNameIdOrLabel()
    {
        var form = HostileForm();

        var source = CSharpEmitter.Emit(form, new SlotLayout(form)).Source;

        Assert.DoesNotContain("injected", source, StringComparison.Ordinal);
        Assert.DoesNotContain(form.Info.Version, source, StringComparison.Ordinal);
        Assert.All(form.Lines.Where(l => l.Label.Length > 8), l => Assert.DoesNotContain(l.Label, source, StringComparison.Ordinal));
        Assert.All(form.Checks, c => Assert.DoesNotContain(c.Id.Value, source, StringComparison.Ordinal));
        Assert.All(source.Split('\n').Where(l => l.StartsWith('#')), l => Assert.Matches(LineDirective(), l));
    }

    [Fact]
    public void PositionOf_EveryDirective_MapsToItsFormulaInTheRuleFiles()
    {
        var form = HostileForm();

        var generated = CSharpEmitter.Emit(form, new SlotLayout(form));

        var formulas = form.EvaluationOrder.Select(l => l.Formula!.Position)
            .Concat(form.CheckOrder.SelectMany(c => c.Message.Placeholders.Select(p => p.Expression.Position).Prepend(c.When.Position)))
            .ToHashSet();
        var mapped = generated.Source.Split('\n').Select(l => LineDirective().Match(l)).Where(m => m.Groups[1].Success)
            .Select(m => generated.PositionOf(m.Groups[1].Value)!).ToArray();
        Assert.Superset(formulas, mapped.ToHashSet());
        Assert.All(mapped, p => Assert.StartsWith(HostileName, p.File, StringComparison.Ordinal));
        Assert.Null(generated.PositionOf("not-a-statement"));
        Assert.Null(generated.PositionOf("999999"));
    }

    [Fact]
    public void Compile_RuleSetWithHostileFileNames_Evaluates()
    {
        var form = HostileForm();

        var compiled = new FormCompiler().Compile(form);

        Assert.Equal(form.Hash, compiled.Definition.Hash);
    }

    private static FormDefinition HostileForm()
    {
        var files = Directory.GetFiles(TestPaths.CurrentVersion, "*.yaml").Select(f => new RuleSetFile(Path.GetFileName(f), File.ReadAllText(f)));
        var diagnostics = new DiagnosticBag();
        var form = RuleRepository.Load(RuleFileSource.InMemory(HostileName, files), diagnostics);
        Assert.True(form is not null, string.Join("\n", diagnostics.Items));
        return form;
    }

    [GeneratedRegex("^#line (?:1 \"(\\d+)\"|default)$")]
    private static partial Regex LineDirective();
}
