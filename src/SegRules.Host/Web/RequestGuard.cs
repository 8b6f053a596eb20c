using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SegRules.Engine.Present;

namespace SegRules.Host.Web;

/// <summary>
/// What every response carries and every API request must pass: a strict Content-Security-Policy
/// (the page's own scripts and styles only, nothing inline, nothing from elsewhere); with a token,
/// <c>Authorization: Bearer T</c> on every <c>/api</c> request (401 otherwise); and no change asked
/// for from another site's page (a POST whose Origin is not the workspace's own is refused).
/// </summary>
public static class RequestGuard
{
    /// <summary>The Content-Security-Policy of every response.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Adds the guard to <paramref name="app"/>'s pipeline.</summary>
    public static void Use(WebApplication app, string? token) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        if (context.Request.Path.StartsWithSegments("/api") && Refusal(context, token) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    private static IResult? Refusal(HttpContext context, string? token)
    {
        var request = context.Request;
        if (token is not null && !Carries(request.Headers.Authorization.ToString(), token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Json(new ProblemView("this workspace needs its token: send Authorization: Bearer TOKEN", []), ViewJson.Options, statusCode: StatusCodes.Status401Unauthorized);
        }

        var origin = request.Headers.Origin.ToString();
        return !HttpMethods.IsGet(request.Method) && origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            ? Results.Json(new ProblemView($"requests from {origin} are refused: use the workspace's own page", []), ViewJson.Options, statusCode: StatusCodes.Status403Forbidden)
            : null;
    }

    private static bool Carries(string authorization, string token)
    {
        const string scheme = "Bearer ";
        return authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
