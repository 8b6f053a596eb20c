using System.CommandLine;
using SegRules.Authoring.Quality;
using SegRules.Authoring.Regression;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;

namespace SegRules.Host.Commands;

/// <summary>
/// <c>segrules rules test [VERSION...]</c>: run the versions' regression cases. Exit 1 when an
/// expectation fails, or (with <c>--mutate</c>) when a mutant survives that is not named equivalent or
/// a name in tests/equivalent-mutants.yaml is of no surviving mutant.
/// </summary>
public static class RulesTestCommand
{
    /// <summary>Exit code when a regression case fails or a mutant survives unexplained.</summary>
    public const int CasesFailed = 1;

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var versions = new Argument<string[]>("versions") { Description = "The versions to test (default: every version).", Arity = ArgumentArity.ZeroOrMore };
        var form = CommonOptions.Form();
        var rules = CommonOptions.Rules();
        var coverage = new Option<bool>("--coverage") { Description = "Also report which formula lines and checks the cases exercise, and what none does." };
        var mutate = new Option<bool>("--mutate") { Description = "Also change each formula and condition one way at a time and list the mutants no case kills (implies --coverage)." };
        var format = CommonOptions.Format();
        var noCache = CommonOptions.NoCache();
        var command = new Command("test", "Run the regression cases in each version's tests/ folder; print every failing expectation (expected, actual, formula).")
        {
            versions, form, rules, coverage, mutate, format, noCache,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            var pipeline = CommonOptions.Pipeline(directory, parse.GetValue(noCache), error);
            var repository = pipeline.Rules;
            var diagnostics = new DiagnosticBag();
            var formId = parse.GetValue(form)!;
            var requested = parse.GetValue(versions) ?? [];
            var selected = CommonOptions.Versions(repository, formId, requested, allWhenNone: true, diagnostics);
            if (diagnostics.HasErrors || selected.Length == 0)
            {
                Output.DiagnosticPrinter.Print(diagnostics.HasErrors ? diagnostics.Sorted() : [Diagnostic.InFile(null, DiagnosticCatalog.NoRules, directory)], error, "nothing was tested.");
                return ExitCodes.UserError;
            }

            var reports = selected.Select(v => RegressionRunner.Run(v, pipeline)).ToArray();
            var json = parse.GetValue(format) == "json";
            var measure = parse.GetValue(coverage) || parse.GetValue(mutate) || json;
            if (!json)
            {
                foreach (var report in reports)
                {
                    Write(report, output);
                }
            }

            var problems = reports.SelectMany(r => r.Problems.Concat(r.Cases.SelectMany(c => c.Problems))).ToList();
            VersionQuality[] qualities = [];
            if (measure && problems.Count == 0)
            {
                var qualityProblems = new DiagnosticBag();
                qualities = selected.Select(v => VersionQuality.Measure(v, parse.GetValue(mutate), qualityProblems)).OfType<VersionQuality>().ToArray();
                problems.AddRange(qualityProblems.Sorted());
                if (json)
                {
                    Output.QualityJsonWriter.Write(qualities, output);
                }
                else
                {
                    foreach (var quality in qualities)
                    {
                        Output.QualityTextWriter.Write(quality, output);
                    }
                }
            }

            if (problems.Count > 0)
            {
                Output.DiagnosticPrinter.Print(problems, error, "fix the rules or the cases.");
                return ExitCodes.UserError;
            }

            return reports.All(r => r.Passed) && qualities.All(q => q.Mutation?.Explained ?? true) ? ExitCodes.Success : CasesFailed;
        });
        return command;
    }

    private static void Write(VersionTestReport report, TextWriter output)
    {
        var passed = report.Cases.Count(c => c.Passed);
        output.WriteLine($"{report.Version.Info.Form} {report.Version.Info.Version}: {report.Cases.Count} case(s), {passed} passed, {report.Cases.Count - passed} failed");
        foreach (var result in report.Cases)
        {
            output.WriteLine($"  {(result.Passed ? "pass" : "FAIL")}  {result.Case.File}: {result.Case.Name}");
            foreach (var failure in result.Failures)
            {
                output.WriteLine($"        {failure}");
            }
        }
    }
}
