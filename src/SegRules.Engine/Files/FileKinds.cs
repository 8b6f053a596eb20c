using System.Runtime.InteropServices;

namespace SegRules.Engine.Files;

/// <summary>
/// Tells regular files from devices and pipes. .NET reports all three as "Normal" files on Unix, so
/// this asks the system with <c>statx</c> (Linux; its layout is the same on every architecture); on
/// other systems a path that exists and is not a folder counts as a regular file.
/// </summary>
public static partial class FileKinds
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint Wanted = 0x1 | 0x4 | 0x100; // STATX_TYPE | STATX_NLINK | STATX_INO

    // struct statx: stx_nlink (u32), stx_mode (u16), stx_ino (u64), stx_dev_major and _minor (u32).
    private const int LinksOffset = 0x10;
    private const int ModeOffset = 0x1C;
    private const int InodeOffset = 0x20;
    private const int DeviceMajorOffset = 0x88;
    private const int DeviceMinorOffset = 0x8C;

    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path) => Stat(path).Kind;

    /// <summary>What <paramref name="path"/> names and which file it is, following symbolic links.</summary>
    public static FileStat Stat(string path)
    {
        if (Directory.Exists(path))
        {
            return new FileStat(FileKind.Directory, null, 0);
        }

        if (!File.Exists(path))
        {
            return new FileStat(FileKind.Missing, null, 0);
        }

        var buffer = new byte[256];
        if (!OperatingSystem.IsLinux() || Statx(CurrentFolder, path, 0, Wanted, buffer) != 0)
        {
            return new FileStat(FileKind.Regular, null, 1);
        }

        var kind = (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 or 0x6000 => FileKind.Device,
            _ => FileKind.Pipe,
        };
        var identity = $"{BitConverter.ToUInt32(buffer, DeviceMajorOffset)}:{BitConverter.ToUInt32(buffer, DeviceMinorOffset)}:{BitConverter.ToUInt64(buffer, InodeOffset)}";
        return new FileStat(kind, identity, BitConverter.ToUInt32(buffer, LinksOffset));
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are one file (through symbolic or hard links), as far as the system tells.</summary>
    public static bool SameFile(string a, string b)
    {
        var (first, second) = (Stat(a), Stat(b));
        return first.Identity is not null ? first.Identity == second.Identity
            : string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, byte[] result);
}
