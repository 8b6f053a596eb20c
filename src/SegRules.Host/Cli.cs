using System.CommandLine;
using SegRules.Host.Commands;

namespace SegRules.Host;

/// <summary>The <c>segrules</c> command line: parses arguments, runs the command, maps outcomes to exit codes.</summary>
public static class Cli
{
    /// <summary>Runs <c>segrules</c> with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="showProgress">Draw progress bars on <paramref name="error"/> (when it is a terminal).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool showProgress = false)
    {
        var root = new RootCommand("SegRules: evaluates daily segregation statements (Daily Seg - FOCUS II) against versioned YAML rule sets, and keeps every evaluation.")
        {
            EvaluateCommand.Create(output, error, showProgress),
            ExplainCommand.Create(output, error),
            ReconcileCommand.Create(output, error),
            ImportCommand.Create(output, error),
            HistoryCommand.Create(output, error),
            ShowCommand.Create(output, error),
            ReplayCommand.Create(output, error, showProgress),
            RulesCommand.Create(output, error),
            Web.ServeCommand.Create(output, error),
            CacheCommand.Create(output, error),
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

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last resort: every problem a user can cause is reported where it is found; what
            // reaches here is a bug, still told in one line rather than as a stack trace.
            error.WriteLine($"segrules: internal error ({e.GetType().Name}: {Output.TerminalText.Escape(e.Message)}); this is a bug in SegRules, not a problem with your files: please report it with the command you ran");
            return ExitCodes.InternalError;
        }
    }
}
