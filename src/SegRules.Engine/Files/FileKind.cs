namespace SegRules.Engine.Files;

/// <summary>What a path names, following symbolic links: what decides whether a file may be replaced, written in place, or streamed to.</summary>
public enum FileKind
{
    /// <summary>Nothing is there (or a symbolic link points nowhere).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A character or block device, such as <c>/dev/null</c>.</summary>
    Device,

    /// <summary>A named pipe (FIFO) or a socket.</summary>
    Pipe,
}
