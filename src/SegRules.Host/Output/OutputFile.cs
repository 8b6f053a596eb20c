using SegRules.Engine.Files;

namespace SegRules.Host.Output;

/// <summary>
/// Writes what <c>--out</c> names, whole or not at all, and never renames over a path it was not
/// given. A regular file is replaced atomically (a temporary file in its folder, flushed to disk,
/// then renamed over it, with the old file's permissions); a file with several hard links is
/// rewritten in place so every name keeps seeing it; a symbolic link is written through to its
/// target; a device or pipe is streamed to; <c>-</c> is standard output.
/// </summary>
public static class OutputFile
{
    /// <summary>The name that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>
    /// Why <paramref name="path"/> cannot be written, checked before anything is done; null when it
    /// can. <paramref name="reserved"/> names the files it must not be (the database, the inputs).
    /// </summary>
    public static string? Problem(string path, IEnumerable<(string Path, string What)> reserved)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "--out names no file: give a file, a device, or - for standard output";
        }

        if (path == StandardOutput)
        {
            return null;
        }

        var target = Target(path);
        switch (FileKinds.Of(target))
        {
            case FileKind.Directory:
                return $"--out {path} is a folder: name a file in it";
            case FileKind.Missing when !Directory.Exists(Path.GetDirectoryName(target)):
                return $"the folder of --out {path} does not exist: create it first or name another file";
        }

        foreach (var (file, what) in reserved)
        {
            if (File.Exists(target) ? File.Exists(file) && FileKinds.SameFile(target, file) : Path.GetFullPath(target) == Path.GetFullPath(file))
            {
                return $"--out {path} is {what}: it would be overwritten; name another file";
            }
        }

        return null;
    }

    /// <summary>Writes what <paramref name="write"/> produces (rendered whole first) to <paramref name="path"/>, or to <paramref name="output"/> for <c>-</c>.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void Write(string path, Action<Stream> write, TextWriter output)
    {
        using var content = new MemoryStream();
        write(content);
        var bytes = content.ToArray();
        if (path == StandardOutput)
        {
            output.Write(new System.Text.UTF8Encoding(false).GetString(bytes));
            return;
        }

        var target = Target(path);
        var stat = FileKinds.Stat(target);
        if (stat.Kind is FileKind.Device or FileKind.Pipe)
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write);
            stream.Write(bytes);
        }
        else if (stat.Kind == FileKind.Regular && stat.Links > 1)
        {
            // Renaming would give this name a new file and leave the other names on the old one.
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write);
            stream.Write(bytes);
            stream.SetLength(bytes.Length);
            stream.Flush(flushToDisk: true);
        }
        else
        {
            Replace(target, bytes, stat.Kind == FileKind.Regular);
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (without a byte order mark).</summary>
    public static void WriteText(string path, string text, TextWriter output) =>
        Write(path, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(text)), output);

    /// <summary>
    /// Writes <paramref name="text"/> as <see cref="WriteText"/> does; false when the file cannot be
    /// written, said on <paramref name="error"/> in one line ending with <paramref name="consequence"/> when given.
    /// </summary>
    public static bool TryWriteText(string path, string text, TextWriter output, TextWriter error, string? consequence = null)
    {
        try
        {
            WriteText(path, text, output);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"segrules: cannot write {path}: {e.Message}" + (consequence is null ? "" : $"; {consequence}"));
            return false;
        }
    }

    private static void Replace(string target, byte[] bytes, bool exists)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (exists && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // A symbolic link is written through: the file it finally points to (which may not exist yet).
    private static string Target(string path)
    {
        var full = Path.GetFullPath(path);
        return new FileInfo(full).LinkTarget is null ? full : new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }
}
