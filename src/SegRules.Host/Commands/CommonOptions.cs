using System.CommandLine;
using SegRules.Engine.Pipeline;

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

    /// <summary><c>--format text|json</c>.</summary>
    public static Option<string> Format() => Format("text", "json");

    /// <summary><c>--format</c> with the given choices, the first being the default.</summary>
    public static Option<string> Format(params string[] choices)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => choices[0] };
        format.AcceptOnlyFromAmong(choices);
        return format;
    }

    /// <summary><c>--form F</c>: the form whose versions a command works on.</summary>
    public static Option<string> Form() => new("--form")
    {
        Description = "The form id.",
        DefaultValueFactory = _ => Engine.Balances.BalancesReader.DefaultForm,
    };

    /// <summary>
    /// The versions of <paramref name="form"/> a command works on: those <paramref name="requested"/>
    /// (each one that does not exist reported), or every version when none is requested and
    /// <paramref name="allWhenNone"/>.
    /// </summary>
    public static Engine.Rules.RuleVersion[] Versions(Engine.Rules.RuleRepository repository, string form, string[] requested, bool allWhenNone, Engine.Diagnostics.DiagnosticBag diagnostics) =>
        requested.Length == 0 && allWhenNone
            ? repository.Versions.Where(v => v.Info.Form == form).ToArray()
            : requested.Select(id => repository.Find(form, id, diagnostics)).OfType<Engine.Rules.RuleVersion>().ToArray();

    /// <summary><c>--no-cache</c>: compile rule sets in this process, neither reading nor writing the disk cache.</summary>
    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Do not use the compiled rule set cache (compile the rules in this process, and write nothing to the cache).",
    };

    /// <summary>The evaluation pipeline over <paramref name="rulesDirectory"/>; the cache's notes (an entry rebuilt) go to <paramref name="error"/>.</summary>
    public static EvaluationPipeline Pipeline(string rulesDirectory, bool noCache, TextWriter error)
    {
        var ruleSets = RuleSets(noCache, error);
        return new(ruleSets.Repository(rulesDirectory), ruleSets);
    }

    /// <summary>Compiled rule sets, from the disk cache unless <paramref name="noCache"/>; its notes go to <paramref name="error"/>.</summary>
    public static CompiledRuleSets RuleSets(bool noCache, TextWriter error) =>
        CompiledRuleSets.Open(useCache: !noCache, note => error.WriteLine($"segrules: {note}"));

    /// <summary>The rules folder to use (<see cref="RulesDirectory"/>) opened as a repository; null (reported) when there is none.</summary>
    public static Engine.Rules.RuleRepository? Repository(string? given, TextWriter error) =>
        RulesDirectory(given, error) is { } directory ? new Engine.Rules.RuleRepository(directory) : null;

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
