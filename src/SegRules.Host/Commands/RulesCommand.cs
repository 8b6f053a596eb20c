using System.CommandLine;

namespace SegRules.Host.Commands;

/// <summary><c>segrules rules ...</c>: commands for the people who write and maintain rule files.</summary>
public static class RulesCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Create(TextWriter output, TextWriter error) =>
        new("rules", "Work with rule sets: list versions, check, lint, compare, start a new version, run regression cases.")
        {
            RulesListCommand.Create(output, error),
            RulesCheckCommand.Create(output, error),
            RulesLintCommand.Create(output, error),
            RulesDiffCommand.Create(output, error),
            RulesDocsCommand.Create(output, error),
            RulesNewVersionCommand.Create(output, error),
            RulesTestCommand.Create(output, error),
            RulesPinCaseCommand.Create(output, error),
        };
}
