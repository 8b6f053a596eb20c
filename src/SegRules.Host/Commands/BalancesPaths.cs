namespace SegRules.Host.Commands;

/// <summary>The balances files named on a command line: files as given, folders as the balances files in them.</summary>
public static class BalancesPaths
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>
    /// The files <paramref name="paths"/> name, each once, in the order given (a folder's files in name
    /// order); null (reported) when a folder holds none. <paramref name="batch"/> tells whether more
    /// than one file, or a folder, was named.
    /// </summary>
    public static IReadOnlyList<string>? Expand(IReadOnlyList<string> paths, TextWriter error, out bool batch)
    {
        batch = paths.Count > 1 || paths.Any(Directory.Exists);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }

            var inside = Directory.EnumerateFiles(path)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (inside.Length == 0)
            {
                error.WriteLine($"segrules: the folder {path} holds no balances files ({string.Join(", ", Extensions.Select(e => "*" + e))})");
                return null;
            }

            files.AddRange(inside);
        }

        return files.DistinctBy(Path.GetFullPath).ToArray();
    }
}
