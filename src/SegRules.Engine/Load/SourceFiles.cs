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
}
