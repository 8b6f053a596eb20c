using System.Diagnostics;
using SegRules.Tests.Support;

namespace SegRules.Tests.Hostile;

/// <summary><c>--out</c> writes safely or refuses before anything is stored, and never renames over a path it was not given.</summary>
public sealed class OutFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("db")]
    [InlineData("input")]
    [InlineData("folder")]
    [InlineData("missing-folder")]
    public void Evaluate_OutThatMustNotBeWritten_RefusedBeforeStoring(string kind)
    {
        // Arrange
        var input = _temp.Write("in.yaml", SampleBalances.Text);
        var db = _temp.File("x.db");
        var target = kind switch { "db" => db, "input" => input, "folder" => _temp.Path, _ => _temp.File("nowhere/out.txt") };
        var inputBefore = File.ReadAllBytes(input);

        // Act
        var result = CliProcess.Run(_temp.Path, "evaluate", input, "--db", db, "--out", target);

        // Assert
        Assert.Equal((2, ""), (result.ExitCode, result.Output));
        Assert.EndsWith("; nothing was evaluated or stored", result.Error.TrimEnd('\n'), StringComparison.Ordinal);
        Assert.False(File.Exists(db));
        Assert.Equal(inputBefore, File.ReadAllBytes(input));
    }

    [Fact]
    public void Evaluate_OutIsSymlink_WritesTargetAndKeepsLink()
    {
        var real = _temp.Write("real.txt", "old");
        var link = _temp.File("link.txt");
        File.CreateSymbolicLink(link, real);

        var result = CliProcess.Run(_temp.Path, "evaluate", TestPaths.SeedSample, "--no-store", "--out", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.StartsWith("Daily Seg - FOCUS II", File.ReadAllText(real), StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Evaluate_OutHasHardLinks_WrittenInPlaceSoEveryNameSeesIt()
    {
        var first = _temp.Write("first.csv", "old");
        var second = _temp.File("second.csv");
        Link(first, second);

        var result = CliProcess.Run(_temp.Path, "evaluate", TestPaths.SeedSample, "--no-store", "--format", "csv", "--out", second);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("page,line,label,code,value", File.ReadAllText(first), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [LinuxFact]
    public async Task Evaluate_OutIsFifo_StreamedNotReplaced()
    {
        var fifo = _temp.File("pipe");
        Run("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var result = CliProcess.Run(_temp.Path, "evaluate", TestPaths.SeedSample, "--no-store", "--format", "json", "--out", fifo);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", (await reader.WaitAsync(TimeSpan.FromSeconds(60))).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(Engine.Files.FileKind.Pipe, Engine.Files.FileKinds.Of(fifo));
    }

    [LinuxFact]
    public void Evaluate_OutIsDevice_StreamedAndDeviceKept()
    {
        var result = CliProcess.Run(_temp.Path, "evaluate", TestPaths.SeedSample, "--no-store", "--out", "/dev/null");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Engine.Files.FileKind.Device, Engine.Files.FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void Evaluate_OutIsDash_WritesStandardOutput()
    {
        var result = CliProcess.Run(_temp.Path, "evaluate", TestPaths.SeedSample, "--no-store", "--format", "csv", "--out", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("page,line,label,code,value", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("-")));
    }

    public void Dispose() => _temp.Dispose();

    private static void Link(string existing, string name) => Run("ln", existing, name);

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
