using System.Buffers;
using System.Globalization;
using System.Text;
using SegRules.Engine.Diagnostics;

namespace SegRules.Engine.Load;

/// <summary>Reads source files the way every stage wants them: normalised line endings, a readable display path, a bounded size.</summary>
public static class SourceFiles
{
    /// <summary>
    /// The largest file SegRules reads (rule files, balances in YAML, JSON, CSV or Excel, filing text):
    /// 4 MiB. The bundled rule pages and a filing's text are a few tens of kilobytes, so this only
    /// stops a hostile or mistaken input (a device, a huge dump) from exhausting memory.
    /// </summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The text of <paramref name="path"/> with CRLF turned into LF, so hashes do not depend on the platform.</summary>
    /// <exception cref="IOException">The file cannot be read or is larger than <see cref="MaxFileBytes"/>.</exception>
    public static string ReadNormalized(string path)
    {
        var bytes = ReadBytes(path);
        return Decode(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    // UTF-8, with or without its byte order mark; a UTF-16 or UTF-32 byte order mark is honoured.
    private static string Decode(byte[] bytes)
    {
        if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        return Encoding.UTF8.GetString(bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes.AsSpan(3) : bytes);
    }

    /// <summary>
    /// The bytes of <paramref name="path"/>, read at most <see cref="MaxFileBytes"/> + 1 bytes far, so a
    /// device or pipe that never ends (<c>/dev/zero</c>) is refused like a large file.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read or is larger than <see cref="MaxFileBytes"/>.</exception>
    public static byte[] ReadBytes(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // Sized by the length a regular file reports (plus one byte, to see it end), read through a
        // pooled chunk: a batch reads thousands of small files and should not allocate 80 KB for each.
        var reported = stream.CanSeek ? stream.Length : 0;
        var buffer = new MemoryStream(reported is > 0 and < MaxFileBytes ? (int)reported + 1 : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16384);
        try
        {
            ReadInto(stream, buffer, chunk);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static void ReadInto(FileStream stream, MemoryStream buffer, byte[] chunk)
    {
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxFileBytes)
            {
                // A device or pipe has no length (or reports 0): say only that it went past the limit.
                var known = stream.CanSeek && stream.Length >= buffer.Length;
                throw new IOException(string.Format(CultureInfo.InvariantCulture,
                    "it is {0}{1:N0} bytes long; the limit is {2:N0} bytes (4 MiB): check it is the file you meant, or split it",
                    known ? "" : "more than ", known ? stream.Length : MaxFileBytes, MaxFileBytes));
            }
        }
    }

    /// <summary><paramref name="path"/> relative to the working folder when it lies below it, else absolute.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    /// <summary>
    /// What <paramref name="read"/> makes of the file at <paramref name="path"/>; null, reported as
    /// SR1006 at <paramref name="display"/>, when the file is missing, cannot be read or is too large.
    /// </summary>
    public static T? TryRead<T>(string path, string display, DiagnosticBag diagnostics, Func<string, T> read)
        where T : class
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.ReportFile(display, DiagnosticCatalog.FileUnreadable, display,
                e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : e.Message);
            return null;
        }
    }
}
