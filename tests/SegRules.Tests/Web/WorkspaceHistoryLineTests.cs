using System.Net;
using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Web;

/// <summary>
/// <c>GET /api/evaluations?line=</c> of the real <c>segrules serve</c> on rules whose newest version
/// renumbers 7190 as 7191: the history's JSON with the line followed, byte for byte what the command line prints.
/// </summary>
public sealed class WorkspaceHistoryLineTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _rules;
    private readonly WorkspaceProcess _server;

    public WorkspaceHistoryLineTests()
    {
        _rules = RenumberedRules.Make(_temp, "2014-11-14", "2016-01-01");
        _server = new WorkspaceProcess("--rules", _rules);
    }

    [Fact]
    public async Task GetEvaluations_Line_IsWhatHistoryLinePrintsAsJson()
    {
        var older = CliInProcess.Run("evaluate", TestPaths.SeedSample, "--rules", _rules, "--rules-version", "2014-11-14", "--db", _server.Database);
        Assert.True(older.ExitCode == 0, older.Error);
        await _server.Upload(TestPaths.SeedSample);
        using var client = _server.Client();

        var api = await client.GetStringAsync("/api/evaluations?line=7191");
        var cli = CliProcess.Run(_server.Folder.Path, "history", "--line", "7191", "--format", "json", "--rules", _rules, "--db", _server.Database);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Output.Trim(), api.Trim());
        var notes = JsonDocument.Parse(api).RootElement.EnumerateArray().Select(r => r.GetProperty("line").GetProperty("note").GetString() ?? "(none)").ToArray();
        Assert.Equal(["(none)", "as [7190] in 2014-11-14 (renumbered in 2016-01-01)"], notes);
    }

    [Fact]
    public async Task GetEvaluations_LineNotInTheNewestVersion_400WithTheDiagnostic()
    {
        using var client = _server.Client();

        using var response = await client.GetAsync("/api/evaluations?line=7190");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("SR5003", problem.GetProperty("diagnostics")[0].GetProperty("id").GetString());
        Assert.Contains("it continues as [7191]", problem.GetProperty("diagnostics")[0].GetProperty("message").GetString());
    }

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }
}
