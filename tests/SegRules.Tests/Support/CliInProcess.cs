
namespace SegRules.Tests.Support;

/// <summary>Runs the <c>segrules</c> command line in this process (fast; shares the compiled-rules cache).</summary>
public static class CliInProcess
{
    public static CliProcess.Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = SegRules.Host.Cli.Run(args, output, error);
        return new CliProcess.Result(exitCode, output.ToString(), error.ToString());
    }
}
