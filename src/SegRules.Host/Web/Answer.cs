using Microsoft.AspNetCore.Http;
using SegRules.Engine.Present;

namespace SegRules.Host.Web;

/// <summary>What the workspace answers a request: a view, or the status and problem that refused it.</summary>
/// <typeparam name="T">The view.</typeparam>
/// <param name="Value">The view; default when refused.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Problem">Why it was refused; null on success.</param>
public sealed record Answer<T>(T? Value, int Status, ProblemView? Problem)
{
    /// <summary>A successful answer.</summary>
    public static Answer<T> Ok(T value) => new(value, StatusCodes.Status200OK, null);

    /// <summary>A refusal with <paramref name="status"/>, a sentence, and the diagnostics behind it.</summary>
    public static Answer<T> Refused(int status, string error, IReadOnlyList<DiagnosticView>? diagnostics = null) =>
        new(default, status, new ProblemView(error, diagnostics ?? []));

    /// <summary>The same refusal, answering another kind of view.</summary>
    public Answer<TOther> As<TOther>() => new(default, Status, Problem);

    /// <summary>The answer <paramref name="next"/> gives for the view, or this refusal.</summary>
    public Answer<TOther> Then<TOther>(Func<T, Answer<TOther>> next) => Problem is null ? next(Value!) : As<TOther>();

    /// <summary>The HTTP result <paramref name="render"/> makes of the view, or the problem as JSON.</summary>
    public IResult ToResult(Func<T, IResult> render) => Problem is null ? render(Value!) : ToResult();

    /// <summary>The HTTP result: the view as JSON (written as the command line writes it), or the problem.</summary>
    public IResult ToResult() => Problem is null
        ? Results.Json(Value, ViewJson.Options, statusCode: Status)
        : Results.Json(Problem, ViewJson.Options, statusCode: Status);
}
