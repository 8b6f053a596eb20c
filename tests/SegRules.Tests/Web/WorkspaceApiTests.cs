using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SegRules.Tests.Support;

namespace SegRules.Tests.Web;

/// <summary>The JSON API of the real <c>segrules serve</c>: status codes, error bodies, limits, the token, and its JSON being the CLI's.</summary>
public sealed class WorkspaceApiTests : IDisposable
{
    private readonly WorkspaceProcess _server = new();

    [Fact]
    public async Task GetEvaluation_IsByteForByteWhatShowPrintsAsJson()
    {
        var id = await _server.Upload(TestPaths.SeedSample);
        using var client = _server.Client();

        var api = await client.GetStringAsync($"/api/evaluations/{id}");
        var cli = CliProcess.Run(_server.Folder.Path, "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--db", _server.Database);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Output.Trim(), api.Trim());
        Assert.Equal(350288368m, JsonDocument.Parse(api).RootElement.GetProperty("lines").GetProperty("7190").GetDecimal());
    }

    [Fact]
    public async Task PostEvaluation_BrokenFile_400WithDiagnosticsAsData_NothingStored()
    {
        using var client = _server.Client();
        using var body = new StringContent("firm: T\nas_of: 2017-12-26\nvalues:\n  7010: abc\n", Encoding.UTF8, "application/yaml");

        using var response = await client.PostAsync("/api/evaluations?format=yaml", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.Equal("balances.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(9, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("SR5001", diagnostic.GetProperty("id").GetString());
        Assert.Equal("[]", (await client.GetStringAsync("/api/evaluations")).Trim());
    }

    [Fact]
    public async Task PostEvaluation_StoreFalse_ComputesWithoutStoring()
    {
        using var client = _server.Client();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(TestPaths.SeedSample)), "file", "seed.yaml" } };

        using var response = await client.PostAsync("/api/evaluations?store=false", form);

        response.EnsureSuccessStatusCode();
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("stored").ValueKind);
        Assert.Equal("[]", (await client.GetStringAsync("/api/evaluations")).Trim());
    }

    [Fact]
    public async Task PostEvaluation_Over10MB_413()
    {
        using var client = _server.Client();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]), "file", "big.yaml" } };

        using var response = await client.PostAsync("/api/evaluations", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 10 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownEvaluationOrCode_404WithAReason()
    {
        var id = await _server.Upload(TestPaths.SeedSample);
        using var client = _server.Client();

        using var missing = await client.GetAsync("/api/evaluations/999");
        using var code = await client.GetAsync($"/api/evaluations/{id}/explain/7191");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, code.StatusCode);
        Assert.Contains("did you mean", await code.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WhatIf_RecomputesWithDeltas_AndStoresNothing()
    {
        var id = await _server.Upload(TestPaths.SeedSample);
        using var client = _server.Client();
        using var body = new StringContent($"{{\"id\":{id},\"values\":{{\"7010\":4436213699}},\"withdrawals\":{{\"segregation\":1}}}}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/what-if", body);

        response.EnsureSuccessStatusCode();
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var excess = json.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("key").GetString() == "7190");
        Assert.Equal(-1000000000m, excess.GetProperty("delta").GetDecimal());
        Assert.Contains(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("check").GetString() == "seg_deficiency" && f.GetProperty("stored").ValueKind == JsonValueKind.Null);
        Assert.True(json.GetProperty("withdrawals")[0].GetProperty("needsApproval").GetBoolean());
        Assert.Single(JsonDocument.Parse(await client.GetStringAsync("/api/evaluations")).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task WhatIfCase_IsARegressionCaseThatRulesTestRunsAndPasses()
    {
        var id = await _server.Upload(TestPaths.SeedSample);
        using var client = _server.Client();
        using var body = new StringContent($"{{\"id\":{id},\"values\":{{\"7010\":4436213699}},\"withdrawals\":{{\"segregation\":1}}}}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/what-if/case", body);

        response.EnsureSuccessStatusCode();
        var yaml = await response.Content.ReadAsStringAsync();
        Assert.Contains("fired: [", yaml);
        Assert.Contains("seg_deficiency", yaml);
        Assert.Contains("7190: -649711632", yaml);
        var version = JsonDocument.Parse(await client.GetStringAsync($"/api/evaluations/{id}")).RootElement.GetProperty("version").GetString()!;
        var rules = _server.Folder.CopyTree(TestPaths.BundledRules, "rules");
        File.WriteAllText(Path.Combine(rules, "daily-seg", version, "tests", "what-if.yaml"), yaml);
        var run = CliProcess.Run(_server.Folder.Path, "rules", "test", version, "--rules", rules);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("What-if on evaluation", run.Output);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheApi()
    {
        using var client = _server.Client();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/evaluations/{id}/explain/{key}", document);
        Assert.Contains("/api/what-if", document);
    }

    [Fact]
    public async Task Post_FromAnotherSite_403()
    {
        using var client = _server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/replay") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void Interrupt_StopsCleanly()
    {
        var (exitCode, output) = _server.Interrupt();

        Assert.Equal(0, exitCode);
        Assert.Contains("workspace stopped", output);
    }

    public void Dispose() => _server.Dispose();
}
