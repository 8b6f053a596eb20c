using System.CommandLine;
using SegRules.Host.Commands;

namespace SegRules.Host;

/// <summary>The <c>segrules</c> command line: parses arguments, runs the command, maps outcomes to exit codes.</summary>
public static class Cli
{
    /// <summary>Runs <c>segrules</c> with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SegRules: evaluates daily segregation statements (Daily Seg - FOCUS II) against versioned YAML rule sets.")
        {
            EvaluateCommand.Create(output, error),
            ExplainCommand.Create(output, error),
            ReconcileCommand.Create(output, error),
            ImportCommand.Create(output, error),
            RulesCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"segrules: {problem.Message}");
            }

            error.WriteLine("Run 'segrules --help' for usage.");
            return ExitCodes.UserError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
