using SegRules.Host.Output;

namespace SegRules.Tests.Cli;

/// <summary>The progress bar draws on a terminal only, after half a second, and clears its line at the end.</summary>
public sealed class ProgressBarTests
{
    [Fact]
    public void Report_Disabled_WritesNothing()
    {
        using var error = new StringWriter();

        using (var bar = new ProgressBar(error, enabled: false, "replaying", 10))
        {
            Thread.Sleep(600);
            bar.Report(5);
        }

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Report_EnabledAfterDelay_DrawsThenClearsTheLine()
    {
        using var error = new StringWriter();

        using (var bar = new ProgressBar(error, enabled: true, "replaying", 10))
        {
            bar.Report(1);
            Thread.Sleep(600);
            bar.Report(5);
        }

        var drawn = $"\rreplaying [{new string('█', 15)}{new string('░', 15)}] 5/10";
        Assert.Equal(drawn + "\r" + new string(' ', drawn.Length) + "\r", error.ToString());
    }
}
