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
    private const uint TypeWanted = 0x1; // STATX_TYPE
    private const int ModeOffset = 0x1C; // struct statx: stx_mode (u16)

    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (!OperatingSystem.IsLinux())
        {
            return FileKind.Regular;
        }

        var buffer = new byte[256];
        if (Statx(CurrentFolder, path, 0, TypeWanted, buffer) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 or 0x6000 => FileKind.Device,
            _ => FileKind.Pipe,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, byte[] result);
}
