using System.CommandLine;
using SegRules.Host.Commands;

namespace SegRules.Host.Web;

/// <summary>
/// <c>segrules serve</c>: the analyst's workspace in a browser. Loopback by default; with a token
/// (<c>--token</c> or <c>SEGRULES_TOKEN</c>) every API request must carry it, and only then may it
/// listen beyond this machine.
/// </summary>
public static class ServeCommand
{
    /// <summary>The environment variable that gives the token when <c>--token</c> does not.</summary>
    public const string TokenVariable = "SEGRULES_TOKEN";

    /// <summary>The address listened on by default.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolons between several). Beyond loopback needs --token.", DefaultValueFactory = _ => DefaultUrls };
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var token = new Option<string?>("--token") { Description = $"Every API request must send Authorization: Bearer TOKEN (default: ${TokenVariable})." };
        var command = new Command("serve", "Serve the analyst's workspace in a browser: evaluate, explain, history, rules, diffs, what-ifs and drift, with a JSON API (/openapi/v1.json).")
        {
            urls, db, rules, token,
        };
        command.SetAction(parse =>
        {
            var secret = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable);
            if (secret is not null && string.IsNullOrWhiteSpace(secret))
            {
                error.WriteLine("segrules: the token is empty: give a token of at least one character, or none to stay on loopback");
                return ExitCodes.UserError;
            }

            if (ListenAddresses.Problem(parse.GetValue(urls)!, secret is not null) is { } problem)
            {
                error.WriteLine($"segrules: {problem}");
                return ExitCodes.UserError;
            }

            if (CommonOptions.RulesDirectory(parse.GetValue(rules), error) is not { } directory)
            {
                return ExitCodes.UserError;
            }

            var settings = new ServeSettings(parse.GetValue(urls)!, Path.GetFullPath(parse.GetValue(db) ?? DefaultDatabase.Path), Path.GetFullPath(directory), secret);
            return WorkspaceServer.Run(settings, output, error);
        });
        return command;
    }
}
