using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SegRules.Authoring.Diff;
using SegRules.Engine.Present;

namespace SegRules.Host.Web;

/// <summary>The JSON API under <c>/api</c>: each endpoint answers the view the command line prints with <c>--format json</c>.</summary>
public static class ApiEndpoints
{
    /// <summary>Maps the endpoints onto <paramref name="app"/>.</summary>
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/evaluations", Evaluate)
            .WithSummary("Evaluate a balances file (multipart field 'file', or the raw body with ?format=) and store it unless ?store=false.")
            .Produces<StatementView>().Produces<ProblemView>(400).Produces<ProblemView>(413).DisableAntiforgery();
        api.MapGet("/evaluations", (EvaluationWorkspace w, string? firm, string? from, string? to, string? line) =>
                QueryParameters.Query(firm, from, to).Then(q => w.History(q, line)).ToResult())
            .WithSummary("Stored evaluations, newest first (firm, from, to); line follows one line across versions under its newest key.").Produces<IReadOnlyList<HistoryView>>().Produces<ProblemView>(400);
        api.MapGet("/evaluations/{id:long}", (EvaluationWorkspace w, long id) => w.Show(id).ToResult())
            .WithSummary("One stored evaluation as it was stored.").Produces<StatementView>().Produces<ProblemView>(404);
        api.MapGet("/evaluations/{id:long}/explain/{key}", (EvaluationWorkspace w, long id, string key) => w.Explain(id, key).ToResult())
            .WithSummary("The derivation tree of a line or check of a stored evaluation.").Produces<ExplainView>().Produces<ProblemView>(404);
        api.MapGet("/rules", (RulesWorkspace r) => r.Versions().ToResult())
            .WithSummary("Every version of the rules folder.").Produces<IReadOnlyList<RuleVersionView>>();
        api.MapGet("/rules/{form}/diff", (RulesWorkspace r, string form, string a, string b) => r.Diff(form, a, b).ToResult())
            .WithSummary("What changed from version a to version b.").Produces<RuleDiffView>().Produces<ProblemView>(404);
        api.MapGet("/rules/{form}/{version}", (RulesWorkspace r, string form, string version) => r.Version(form, version).ToResult())
            .WithSummary("One version: lines, formulas, checks and citations.").Produces<RuleSetView>().Produces<ProblemView>(404);
        api.MapPost("/replay", (RulesWorkspace r, ReplayRequest body) =>
                QueryParameters.Query(body.Firm, body.From, body.To).Then(q => r.Replay(body.Version, q)).ToResult())
            .WithSummary("The drift a version would cause on stored evaluations, as replay reports it.").Produces<ReplayView>().Produces<ProblemView>(400);
        api.MapPost("/what-if", (EvaluationWorkspace w, WhatIfRequest body) =>
                w.Recompute(body.Id, body.Changes).Then(o => Answer<WhatIfView>.Ok(o.View)).ToResult())
            .WithSummary("A stored evaluation recomputed with changed inputs and proposed withdrawals; nothing is stored.").Produces<WhatIfView>().Produces<ProblemView>(400);
        api.MapPost("/what-if/case", (EvaluationWorkspace w, WhatIfRequest body) =>
                w.RegressionCase(body.Id, body.Changes).ToResult(yaml => Results.File(System.Text.Encoding.UTF8.GetBytes(yaml), "application/yaml", $"what-if-{body.Id}.yaml")))
            .WithSummary("The what-if as a regression case (YAML: balances given, lines and findings expected).").Produces<ProblemView>(400);
        api.Map("/{**rest}", (string? rest) => Answer<object>.Refused(StatusCodes.Status404NotFound, $"there is no API at /api/{rest}").ToResult())
            .ExcludeFromDescription();
    }

    private static async Task<IResult> Evaluate(HttpRequest request, EvaluationWorkspace workspace, string? format, bool? store, string? rulesVersion)
    {
        var upload = await UploadReader.Read(request, format);
        return upload.Then(file => workspace.Evaluate(file.Content, file.Name, rulesVersion, store ?? true)).ToResult();
    }
}
