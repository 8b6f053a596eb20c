using SegRules.Engine.Model;

namespace SegRules.Engine.Load;

/// <summary>
/// Where the files of one rule set are read from: a version folder on disk, or file texts held in
/// memory (a rule set snapshot from the evaluation store), so a stored rule set loads through the same
/// reader and validator as a folder does, without writing it out. Positions name the folder's files,
/// or <c>NAME/FILE</c> for texts in memory (e.g. <c>snapshot 1a2b3c4d5e6f/segregation.yaml(12,7)</c>).
/// </summary>
public sealed class RuleFileSource
{
    private readonly string? _directory;
    private readonly IReadOnlyDictionary<string, string> _texts;

    private RuleFileSource(string name, string? directory, IReadOnlyDictionary<string, string> texts)
    {
        Name = name;
        _directory = directory;
        _texts = texts;
    }

    /// <summary>The version folder, or the name given to texts in memory.</summary>
    public string Name { get; }

    /// <summary>The files of the version folder <paramref name="directory"/>.</summary>
    public static RuleFileSource Folder(string directory) => new(directory, directory, new Dictionary<string, string>());

    /// <summary>The files <paramref name="files"/> (paths relative to the version folder), named <paramref name="name"/> in positions.</summary>
    public static RuleFileSource InMemory(string name, IEnumerable<RuleSetFile> files) =>
        new(name, null, files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal));

    /// <summary>How positions name <paramref name="file"/>.</summary>
    internal string Display(string file) => _directory is null ? $"{Name}/{file}" : SourceFiles.Display(Path.Combine(_directory, file));

    /// <summary>The text of <paramref name="file"/>, line endings normalised; null with the reason when it cannot be read.</summary>
    internal string? Read(string file, out string reason)
    {
        reason = "the file does not exist";
        if (_directory is null)
        {
            return _texts.GetValueOrDefault(file);
        }

        try
        {
            return SourceFiles.ReadNormalized(Path.Combine(_directory, file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = e is FileNotFoundException or DirectoryNotFoundException ? reason : e.Message;
            return null;
        }
    }
}
