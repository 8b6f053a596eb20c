using SegRules.Engine.Diagnostics;

namespace SegRules.Engine.Load;

/// <summary>Reads source files the way every stage wants them: normalised line endings, a readable display path.</summary>
public static class SourceFiles
{
    /// <summary>The text of <paramref name="path"/> with CRLF turned into LF, so hashes do not depend on the platform.</summary>
    public static string ReadNormalized(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary><paramref name="path"/> relative to the working folder when it lies below it, else absolute.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    /// <summary>
    /// What <paramref name="read"/> makes of the file at <paramref name="path"/>; null, reported as
    /// SR1006 at <paramref name="display"/>, when the file is missing or cannot be read.
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
