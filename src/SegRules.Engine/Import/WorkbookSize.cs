using System.Globalization;
using System.IO.Compression;

namespace SegRules.Engine.Import;

/// <summary>
/// Measures what an Excel workbook (a zip archive) unpacks to before anything parses it, by unpacking
/// every part and counting the bytes as they stream, never trusting the sizes the archive declares:
/// a zip bomb of one megabyte that unpacks to gigabytes is refused after <see cref="MaxUnpackedBytes"/>.
/// </summary>
internal static class WorkbookSize
{
    /// <summary>The most bytes a workbook may unpack to, all parts together: 16 MiB (a balances workbook unpacks to well under 1 MiB).</summary>
    public const int MaxUnpackedBytes = 16 * 1024 * 1024;

    /// <summary>The most parts (files in the archive) a workbook may have: 1,000.</summary>
    public const int MaxParts = 1_000;

    /// <summary>Why <paramref name="workbook"/> is too large, or null when it is within the limits.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a zip archive.</exception>
    public static string? Problem(byte[] workbook)
    {
        using var archive = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
        if (archive.Entries.Count > MaxParts)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the workbook has {archive.Entries.Count:N0} parts; the limit is {MaxParts:N0}");
        }

        var buffer = new byte[81920];
        long unpacked = 0;
        foreach (var entry in archive.Entries)
        {
            using var part = entry.Open();
            int read;
            while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
            {
                unpacked += read;
                if (unpacked > MaxUnpackedBytes)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"the workbook unpacks to more than {MaxUnpackedBytes:N0} bytes (16 MiB), the limit");
                }
            }
        }

        return null;
    }
}
