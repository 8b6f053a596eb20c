using System.Diagnostics;

namespace SegRules.Host.Output;

/// <summary>
/// How far a long run has come, on one line of standard error that redraws itself. Drawn only when
/// standard error is a terminal and the run has lasted half a second, so logs and pipes never see it;
/// the line is cleared at the end.
/// </summary>
public sealed class ProgressBar(TextWriter error, bool enabled, string label, int total) : IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _drawn;
    private int _length;

    /// <summary>Redraws the bar for <paramref name="done"/> of the total, at most ten times a second.</summary>
    public void Report(int done)
    {
        var now = _clock.Elapsed;
        if (!enabled || total < 2 || now < Delay || now - _drawn < Interval && done < total)
        {
            return;
        }

        _drawn = now;
        var filled = (int)((long)Width * done / total);
        var line = $"\r{label} [{new string('█', filled)}{new string('░', Width - filled)}] {done}/{total}";
        _length = line.Length;
        error.Write(line);
        error.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_length > 0)
        {
            error.Write("\r" + new string(' ', _length) + "\r");
            error.Flush();
            _length = 0;
        }
    }
}
