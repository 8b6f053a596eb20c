using System.Globalization;

namespace SegRules.Tests.Support;

/// <summary>Writes small one-version rule folders for tests: a manifest listing the given page files, and the pages.</summary>
public static class RuleFolder
{
    /// <summary>The form id of every folder written here; balances for it say <c>form: test-form</c>.</summary>
    public const string Form = "test-form";

    /// <summary>Writes the pages and a manifest listing them, in order, into <paramref name="folder"/>; returns the folder.</summary>
    public static string Write(string folder, params (string Name, string Text)[] pages)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.yaml"), Manifest(pages.Select(p => p.Name)));
        foreach (var (name, text) in pages)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }

    /// <summary>The text of a manifest that lists <paramref name="pageFiles"/>, in force from 2020-01-01.</summary>
    public static string Manifest(IEnumerable<string> pageFiles) =>
        $"""
        form: {Form}
        version: "1"
        title: Test form
        effective_from: 2020-01-01
        pages:
        {string.Concat(pageFiles.Select(p => $"  - {p}\n"))}
        """;

    /// <summary>The text of a page file with <paramref name="inputs"/> (ids) then <paramref name="formulas"/>, each labelled by its id.</summary>
    public static string Page(IEnumerable<string> inputs, params (string Id, string Formula)[] formulas) =>
        "page: test\ntitle: Test page\nlines:\n"
        + string.Concat(inputs.Select(id => $"  - id: {id}\n    label: {id}\n    kind: input\n"))
        + string.Concat(formulas.Select(f => $"  - id: {f.Id}\n    label: {f.Id}\n    kind: formula\n    formula: \"{f.Formula}\"\n"));

    /// <summary>The text of a balances file for <see cref="Form"/> as of 2024-01-02 with <paramref name="values"/> (code or id, figure).</summary>
    public static string Balances(IEnumerable<(string Key, decimal Value)> values)
    {
        var lines = values.Select(v => $"  {v.Key}: {v.Value.ToString(CultureInfo.InvariantCulture)}\n").ToArray();
        return $"firm: Test firm\nas_of: 2024-01-02\nform: {Form}\nvalues:" + (lines.Length == 0 ? " {}\n" : "\n" + string.Concat(lines));
    }
}
