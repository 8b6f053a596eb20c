using SegRules.Engine.Diagnostics;
using SegRules.Engine.Import;
using SegRules.Engine.Rules;

namespace SegRules.Tests.Support;

/// <summary>The seed filing's text, edited copies of it, and what the importer makes of them with the bundled rules.</summary>
public static class SeedFiling
{
    public const string File = "filing.txt";

    public static string Text { get; } = System.IO.File.ReadAllText(TestPaths.SeedFiling);

    /// <summary>The seed text with the one occurrence of <paramref name="find"/> replaced by <paramref name="replace"/>.</summary>
    public static string Edited(string find, string replace)
    {
        var at = Text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && Text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"the seed text should hold '{find}' exactly once");
        return Text[..at] + replace + Text[(at + find.Length)..];
    }

    /// <summary>The seed text with <paramref name="find"/> replaced by <paramref name="replace"/> on line <paramref name="line"/> only.</summary>
    public static string EditedLine(int line, string find, string replace)
    {
        var lines = Text.Split('\n');
        Assert.Contains(find, lines[line - 1]);
        lines[line - 1] = lines[line - 1].Replace(find, replace, StringComparison.Ordinal);
        return string.Join('\n', lines);
    }

    /// <summary>Imports <paramref name="text"/> as <see cref="File"/>; the import (null when refused) and every problem, sorted.</summary>
    public static (FilingImport? Import, IReadOnlyList<Diagnostic> Problems) Import(string text, string? version = null)
    {
        var diagnostics = new DiagnosticBag();
        var import = new FilingImporter(new RuleRepository(TestPaths.BundledRules)).Parse(File, text, version, diagnostics);
        Assert.True(import is null == diagnostics.HasErrors, "an import must exist exactly when there are no problems:\n" + string.Join("\n", diagnostics.Items));
        return (import, diagnostics.Sorted());
    }

    /// <summary>Imports <paramref name="text"/>, failing the test with every problem when it is refused.</summary>
    public static FilingImport Imported(string text)
    {
        var (import, problems) = Import(text);
        Assert.True(import is not null, string.Join("\n", problems));
        return import!;
    }
}
