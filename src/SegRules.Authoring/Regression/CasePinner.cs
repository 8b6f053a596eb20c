using System.Globalization;
using System.Text;
using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Import;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;
using SegRules.Runtime;

namespace SegRules.Authoring.Regression;

/// <summary>
/// Turns reviewed balances into a regression case that pins what the rules compute now: every
/// formula line's value and every check's outcome (fired or not fired; checks that lack a figure are
/// left out). Given a case file, it keeps the case's name, description and balances and writes its
/// expectations afresh: after a deliberate rule change, the reviewer re-pins and reads the diff.
/// </summary>
public static class CasePinner
{
    /// <summary>The case text for <paramref name="path"/> (a balances file or a case file); null with the problems reported.</summary>
    /// <param name="path">A YAML balances file, or an existing case file.</param>
    /// <param name="pipeline">The pipeline over the rules folder.</param>
    /// <param name="requestedVersion">A version to use instead of the one in force on the as-of date.</param>
    /// <param name="name">The case's name and description, for a balances file (a case file keeps its own).</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static string? Pin(string path, EvaluationPipeline pipeline, string? requestedVersion, (string? Name, string? Description) name, DiagnosticBag diagnostics)
    {
        var rules = pipeline.Rules;
        if (!File.Exists(path))
        {
            diagnostics.ReportFile(SourceFiles.Display(path), DiagnosticCatalog.FileUnreadable, SourceFiles.Display(path), "there is no such file");
            return null;
        }

        var text = SourceFiles.ReadNormalized(path);
        var isCase = text.Split('\n').Any(l => l.StartsWith("balances:", StringComparison.Ordinal));
        var balances = isCase ? RegressionCaseReader.Read(path, diagnostics)?.Balances : BalancesSources.Read(path, rules, requestedVersion, diagnostics);
        if (balances?.AsOf is not { } asOf)
        {
            return null;
        }

        var version = rules.Select(balances.Form, asOf, requestedVersion, diagnostics, balances.AsOfPosition);
        var compiled = version is null ? null : pipeline.RuleSets.For(version, diagnostics);
        var inputs = compiled is null ? null : BalancesBinder.Bind(balances, compiled.Definition, diagnostics);
        if (inputs is null)
        {
            return null;
        }

        Evaluation evaluation;
        try
        {
            evaluation = EvaluationPipeline.Run(compiled!, inputs);
        }
        catch (LineEvaluationException e)
        {
            diagnostics.Add(EvaluationPipeline.ArithmeticDiagnostic(inputs.Form, e));
            return null;
        }

        var head = isCase ? CaseHead(text) : BalancesHead(text, name.Name ?? Path.GetFileNameWithoutExtension(path), name.Description);
        return head + Expect(evaluation);
    }

    private static string CaseHead(string text)
    {
        var lines = text.Split('\n');
        var expect = Array.FindIndex(lines, l => l.StartsWith("expect:", StringComparison.Ordinal));
        return string.Join('\n', expect < 0 ? lines : lines[..expect]).TrimEnd('\n') + "\n";
    }

    private static string BalancesHead(string text, string name, string? description)
    {
        var head = new StringBuilder();
        head.Append("# yaml-language-server: $schema=../../../schema/case.schema.json\n");
        head.Append(CultureInfo.InvariantCulture, $"name: {Quoted(name)}\n");
        if (description is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"description: {Quoted(description)}\n");
        }

        head.Append("balances:\n");
        foreach (var line in text.TrimEnd('\n').Split('\n').Where(l => !l.StartsWith("# yaml-language-server", StringComparison.Ordinal)))
        {
            head.Append(line.Length == 0 ? "\n" : "  " + line + "\n");
        }

        return head.ToString();
    }

    private static string Expect(Evaluation evaluation)
    {
        var form = evaluation.Form;
        var expect = new StringBuilder("expect:\n  lines:\n");
        foreach (var line in form.Lines.Where(l => l.Kind == LineKind.Formula))
        {
            expect.Append(CultureInfo.InvariantCulture, $"    {line.Key.Value}: {evaluation.Values[line.Key].ToString(CultureInfo.InvariantCulture)}\n");
        }

        void Checks(string key, bool fired)
        {
            var ids = form.Checks.Where(c => evaluation.CheckOutcomes[c.Id] == fired).Select(c => c.Id.Value).ToArray();
            expect.Append(CultureInfo.InvariantCulture, $"  {key}:{(ids.Length == 0 ? " []" : "")}\n");
            foreach (var id in ids)
            {
                expect.Append(CultureInfo.InvariantCulture, $"    - {id}\n");
            }
        }

        Checks("fired", fired: true);
        Checks("not_fired", fired: false);
        return expect.ToString();
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
