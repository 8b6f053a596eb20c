namespace SegRules.Tests.Support;

/// <summary>A fact that needs Linux and root (it mounts a small tmpfs); skipped, with the reason, anywhere else.</summary>
public sealed class LinuxRootFactAttribute : FactAttribute
{
    public LinuxRootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Skip = "needs Linux and root to mount a small tmpfs that can be filled (a full disk)";
        }
    }
}
