using System.Text;

namespace SegRules.Engine.Store;

/// <summary>
/// Recognises a LiteDB 5 data file by its header page before LiteDB opens it. LiteDB does not refuse
/// a file that is not its own: it overwrites a short text file with a new database, and truncates or
/// crashes on random bytes. Checking first leaves a file named by mistake exactly as it was.
/// </summary>
internal static class LiteDbHeader
{
    // A LiteDB 5 file is whole 8 KiB pages; LiteDB cuts off any partial page when it opens a file.
    private const int PageSize = 8192;

    // LiteDB 5 HeaderPage: after the 32-byte page header, the text below and then the file format version.
    private const int InfoOffset = 32;
    private const byte FileVersion = 8;
    private static readonly byte[] Info = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>True when <paramref name="file"/> is whole pages and starts with a LiteDB 5 header page.</summary>
    public static bool IsLiteDbFile(Stream file)
    {
        var expected = InfoOffset + Info.Length + 1;
        var header = new byte[expected];
        file.Position = 0;
        return file.Length % PageSize == 0
            && file.ReadAtLeast(header, expected, throwOnEndOfStream: false) == expected
            && header.AsSpan(InfoOffset, Info.Length).SequenceEqual(Info)
            && header[^1] == FileVersion;
    }
}
