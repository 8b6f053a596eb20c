using SegRules.Host;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cli;

/// <summary>The command line's last resort: a bug is told in one line, never as a stack trace.</summary>
public class InternalErrorTests
{
    [Fact]
    public void Run_CommandFailsWithABug_SaysSoInOneLineWithoutAStackTraceAndExits70()
    {
        // Arrange: standard output that fails in a way no command handles, as a bug would.
        using var error = new StringWriter();

        // Act
        var exitCode = SegRules.Host.Cli.Run(["rules", "list", "--rules", TestPaths.BundledRules], new BrokenWriter(), error);

        // Assert
        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.Equal(
            "segrules: internal error (InvalidOperationException: the writer broke\\u{001B}[2J); this is a bug in SegRules, not a problem with your files: please report it with the command you ran\n",
            error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the writer broke\u001b[2J");

        public override void Write(string? value) => throw new InvalidOperationException("the writer broke\u001b[2J");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the writer broke\u001b[2J");
    }
}
