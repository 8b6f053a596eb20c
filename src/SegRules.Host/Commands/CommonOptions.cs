using System.CommandLine;

namespace SegRules.Host.Commands;

/// <summary>Options several commands share, so they are spelled and described the same everywhere.</summary>
public static class CommonOptions
{
    /// <summary><c>--rules DIR</c>: a rules folder other than the bundled one.</summary>
    public static Option<string?> Rules() => new("--rules")
    {
        Description = "A rules folder to use instead of the bundled rules (the root, one form's folder, or one version's folder).",
    };

    /// <summary><c>--rules-version V</c>: a version id that overrides selection by as-of date.</summary>
    public static Option<string?> RulesVersion() => new("--rules-version")
    {
        Description = "Evaluate with this form version instead of the one in force on the as-of date.",
    };

    /// <summary><c>--db FILE</c>: the LiteDB file of evaluations.</summary>
    public static Option<string?> Database() => new("--db")
    {
        Description = $"The evaluation database (LiteDB file). Default: {DefaultDatabase.Path}",
    };

    /// <summary><c>--format text|json</c>, and any <paramref name="more"/> formats.</summary>
    public static Option<string> Format(params string[] more)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(["text", "json", .. more]);
        return format;
    }

    /// <summary><c>--form F</c>: the form whose versions a command works on.</summary>
    public static Option<string> Form() => new("--form")
    {
        Description = "The form id.",
        DefaultValueFactory = _ => Engine.Balances.BalancesReader.DefaultForm,
    };

    /// <summary>The rules folder to use: <paramref name="given"/> when it exists, else the bundled one; null (reported) when neither does.</summary>
    public static string? RulesDirectory(string? given, TextWriter error)
    {
        var directory = given ?? BundledRules.Directory;
        if (Directory.Exists(directory))
        {
            return directory;
        }

        error.WriteLine(given is null
            ? $"segrules: the bundled rules folder {directory} is missing: reinstall SegRules or name a rules folder with --rules"
            : $"segrules: the rules folder {given} does not exist: name a folder that holds FORM/VERSION/manifest.yaml");
        return null;
    }
}
