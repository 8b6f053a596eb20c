namespace SegRules.Engine.Files;

/// <summary>What a path names, following symbolic links.</summary>
/// <param name="Kind">Regular file, folder, device, pipe, or nothing.</param>
/// <param name="Identity">The file's device and inode ("major:minor:inode"): equal for every link to one file; null where the system does not tell.</param>
/// <param name="Links">How many names (hard links) the file has.</param>
public sealed record FileStat(FileKind Kind, string? Identity, uint Links);
