using System.Diagnostics;

namespace SegRules.Tests.Support;

/// <summary>Runs the real <c>segrules</c> program as a child process, as a user would.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables.</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("segrules " + string.Join(' ', args) + " did not finish in 2 minutes");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts the program and returns at once; the caller reads its output and waits for (or kills) it.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
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
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
