using System.Globalization;
using System.Text.RegularExpressions;
using SegRules.Engine.Rules;

namespace SegRules.Authoring.Versions;

/// <summary>
/// Starts a new version of a form from an existing one: the folder is copied beside it (pages,
/// regression cases and all) and the copy's manifest gets the new id and effective date, open-ended.
/// The source version is left untouched: a released version is never edited, and the new one takes
/// over from its effective date.
/// </summary>
public static partial class NewVersion
{
    /// <summary>Creates version <paramref name="id"/> from <paramref name="source"/>; returns the new folder.</summary>
    /// <exception cref="ArgumentException">The id or date is not usable, or the folder exists.</exception>
    public static string Create(RuleVersion source, string id, DateOnly effectiveFrom)
    {
        if (!VersionId().IsMatch(id))
        {
            throw new ArgumentException($"'{id}' is not a usable version id: use lower-case letters, digits, '.' and '-', e.g. {effectiveFrom:yyyy-MM-dd}", nameof(id));
        }

        if (effectiveFrom <= source.Info.EffectiveFrom)
        {
            throw new ArgumentException($"the new version must take effect after {source.Info.Version} ({source.Info.EffectiveFrom:yyyy-MM-dd})", nameof(effectiveFrom));
        }

        var target = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source.Directory))!, id);
        if (Directory.Exists(target) || File.Exists(target))
        {
            throw new ArgumentException($"{target} exists already: choose another id", nameof(id));
        }

        Copy(source.Directory, target);
        var manifest = Path.Combine(target, Engine.Load.RuleSetReader.ManifestFileName);
        var text = File.ReadAllText(manifest);
        text = Replace(text, "version", $"\"{id}\"");
        text = Replace(text, "effective_from", effectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text = Replace(text, "effective_to", "");
        File.WriteAllText(manifest, text);
        return target;
    }

    private static string Replace(string manifest, string key, string value)
    {
        var line = new Regex($"^{key}:.*$", RegexOptions.Multiline);
        var written = value.Length == 0 ? $"{key}:" : $"{key}: {value}";
        return line.IsMatch(manifest) ? line.Replace(manifest, written, 1) : manifest.TrimEnd('\n') + "\n" + written + "\n";
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>True when <paramref name="id"/> is a plain name that can be a folder or file name: lower-case letters, digits, '.' and '-', not starting with '.'.</summary>
    public static bool IsUsableId(string id) => VersionId().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,63}$")]
    private static partial Regex VersionId();
}
