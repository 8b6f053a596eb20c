using SegRules.Engine.Balances;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Model;
using SegRules.Engine.Pipeline;
using SegRules.Engine.Rules;

namespace SegRules.Authoring.Regression;

/// <summary>Runs a version's regression cases against that version's rules.</summary>
public static class RegressionRunner
{
    /// <summary>Gets <paramref name="version"/> compiled from <paramref name="pipeline"/> and runs every case in its tests folder.</summary>
    public static VersionTestReport Run(RuleVersion version, EvaluationPipeline pipeline)
    {
        var problems = new DiagnosticBag();
        var compiled = pipeline.RuleSets.For(version, problems);
        var cases = RegressionCaseReader.ReadAll(version.Directory, problems);
        if (compiled is null)
        {
            return new VersionTestReport(version, [], problems.Sorted());
        }

        return new VersionTestReport(version, cases.Select(c => RunCase(c, compiled)).ToArray(), problems.Sorted());
    }

    private static CaseResult RunCase(RegressionCase test, CompiledForm compiled)
    {
        var form = compiled.Definition;
        var problems = new DiagnosticBag();
        var inputs = BalancesBinder.Bind(test.Balances, form, problems);
        if (test.Refused.Count > 0)
        {
            return new CaseResult(test, Refusals(test.Refused, inputs is null ? problems.Items : null), []);
        }

        if (inputs is null)
        {
            return new CaseResult(test, [], problems.Sorted());
        }

        if (EvaluationPipeline.Run(compiled, inputs, problems).Evaluation is not { } evaluation)
        {
            return new CaseResult(test, [], problems.Sorted());
        }

        var failures = Expectations.Compare(test, form, evaluation.Values, evaluation.CheckOutcomes, problems);
        return new CaseResult(test, failures, problems.Sorted());
    }

    /// <summary>The refusals a case expects that did not happen; <paramref name="problems"/> is null when the balances were accepted.</summary>
    private static List<ExpectationFailure> Refusals(IEnumerable<Engine.Load.ScalarNode> expected, IReadOnlyList<Diagnostic>? problems)
    {
        var failures = new List<ExpectationFailure>();
        foreach (var node in expected)
        {
            var (id, fragment) = node.Value.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
                ? (node.Value[..colon].Trim(), node.Value[(colon + 1)..].Trim())
                : (node.Value.Trim(), "");
            var matched = problems?.Any(p => p.Id == id && p.Message.Contains(fragment, StringComparison.Ordinal)) ?? false;
            if (!matched)
            {
                var actual = problems is null ? "the balances accepted" : string.Join("; ", problems.Select(p => $"{p.Id}: {p.Message}"));
                failures.Add(new ExpectationFailure(node.Start, "refusal", node.Value, actual, null));
            }
        }

        return failures;
    }
}
