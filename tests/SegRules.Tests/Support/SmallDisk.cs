using System.Diagnostics;

namespace SegRules.Tests.Support;

/// <summary>A tmpfs of a given size mounted on a fresh folder (root only); unmounted when disposed.</summary>
public sealed class SmallDisk : IDisposable
{
    private readonly TempDirectory _folder = new();

    public SmallDisk(int kilobytes)
    {
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", _folder.Path);
    }

    public string File(string name) => _folder.File(name);

    /// <summary>Fills the disk with a file until <paramref name="kilobytesLeft"/> are free.</summary>
    public void Fill(int kilobytesLeft)
    {
        var drive = new DriveInfo(_folder.Path);
        var filler = drive.AvailableFreeSpace - kilobytesLeft * 1024L;
        using var file = new FileStream(File("filler"), FileMode.Create);
        var block = new byte[4096];
        for (var written = 0L; written < filler; written += block.Length)
        {
            file.Write(block, 0, (int)Math.Min(block.Length, filler - written));
        }
    }

    public void Dispose()
    {
        Run("umount", _folder.Path);
        _folder.Dispose();
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }
}
