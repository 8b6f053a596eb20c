namespace SegRules.Tests.Support;

/// <summary>
/// The real <c>segrules</c> program run once on the seed sample as text and once as JSON, from an
/// empty temp working folder (so the bundled rules must be found next to the program), shared by
/// the tests of one class because each run costs a couple of seconds.
/// </summary>
public sealed class SeedProcessRuns : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly Lazy<CliProcess.Result> _text;
    private readonly Lazy<CliProcess.Result> _json;

    public SeedProcessRuns()
    {
        _text = new(() => CliProcess.Run(_folder.Path, "evaluate", TestPaths.SeedSample, "--db", TextDatabase));
        _json = new(() => CliProcess.Run(_folder.Path, "evaluate", TestPaths.SeedSample, "--format", "json", "--db", JsonDatabase));
    }

    public string TextDatabase => _folder.File("e.db");

    public string JsonDatabase => _folder.File("j.db");

    public CliProcess.Result Text => _text.Value;

    public CliProcess.Result Json => _json.Value;

    public void Dispose() => _folder.Dispose();
}
