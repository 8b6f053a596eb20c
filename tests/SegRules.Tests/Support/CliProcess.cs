using System.Diagnostics;

namespace SegRules.Tests.Support;

/// <summary>Runs the real <c>segrules</c> program as a child process, as a user would.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TestPaths.CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Keep the user's real data folder out of reach: a test that forgets --db writes into its own HOME.
        start.Environment["HOME"] = workingDirectory;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(workingDirectory, ".local", "share");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("segrules " + string.Join(' ', args) + " did not finish in 2 minutes");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
