using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SegRules.Engine.Present;

namespace SegRules.Host.Web;

/// <summary>
/// The web workspace: ASP.NET Core serving the JSON API, its OpenAPI document at
/// <c>/openapi/v1.json</c>, and the page (HTML, CSS and JavaScript modules from the <c>wwwroot</c>
/// folder beside the program; nothing from the internet) at every deep link.
/// </summary>
public static class WorkspaceServer
{
    /// <summary>The folder of the page's files, beside the program.</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Builds the server for <paramref name="settings"/>.</summary>
    public static WebApplication Build(ServeSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = WebRoot,
            EnvironmentName = Environments.Production,
        });
        // Nothing a user can cause (a port in use, a bad request) may print a stack trace: the server logs nothing itself.
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Room for the multipart envelope around the largest file; the file itself is checked exactly.
            kestrel.Limits.MaxRequestBodySize = EvaluationWorkspace.MaxUpload + (1024 * 1024);
        });
        if (settings.Token is null)
        {
            // Without a token only this machine may call, by its loopback names (no DNS rebinding).
            builder.Configuration["AllowedHosts"] = "localhost;127.0.0.1;[::1]";
        }

        builder.Services.ConfigureHttpJsonOptions(json => ViewJson.Configure(json.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<EvaluationWorkspace>();
        builder.Services.AddSingleton<RulesWorkspace>();

        var app = builder.Build();
        RequestGuard.Use(app, settings.Token);
        app.UseStaticFiles();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        // Every other path is a page of the workspace: the page reads its state from the address.
        app.MapFallbackToFile("index.html");
        return app;
    }

    /// <summary>Runs the server until Ctrl-C (SIGINT) or SIGTERM, saying where it listens; returns the exit code.</summary>
    public static int Run(ServeSettings settings, TextWriter output, TextWriter error)
    {
        using var app = Build(settings);
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            error.WriteLine($"segrules: cannot listen on {settings.Urls}: {e.Message}");
            return ExitCodes.UserError;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        output.WriteLine($"SegRules workspace listening on {string.Join(" ", addresses)}");
        output.WriteLine($"Database: {settings.Database}; rules: {settings.RulesDirectory}{(settings.Token is null ? "" : "; API requests need the token")}. Ctrl-C stops it.");
        output.Flush();
        app.WaitForShutdown();
        output.WriteLine("SegRules workspace stopped.");
        return ExitCodes.Success;
    }
}
