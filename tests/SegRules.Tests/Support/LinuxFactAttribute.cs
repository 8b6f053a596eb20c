namespace SegRules.Tests.Support;

/// <summary>A fact that needs Linux (bash, ulimit, statx); skipped, with the reason, anywhere else.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (bash's ulimit)";
        }
    }
}
