using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SegRules.Tests.Support;

namespace SegRules.Tests.Web;

/// <summary>
/// The workspace in a real browser (Debian's Chromium through Playwright) against the real
/// <c>segrules serve</c> on 127.0.0.1 with a temporary database; each page is opened cold at its deep
/// link. With SEGRULES_SCREENSHOTS=DIR each test saves its page there (docs/screenshots/make.sh).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkspaceBrowserTests(BrowserFixture browser) : IDisposable
{
    private readonly WorkspaceProcess _server = new();

    [Fact]
    public async Task Upload_SeedBalances_ShowsStatementWith7190AndFindings()
    {
        var (page, problems) = await Open("/");

        await page.Locator("#file").SetInputFilesAsync(TestPaths.SeedSample);

        await page.WaitForURLAsync(new Regex(@"/evaluations/\d+$"));
        var row = page.Locator("tr[data-key='7190']");
        Assert.Equal("350,288,368", (await row.Locator("td.figure").InnerTextAsync()).Trim());
        Assert.Equal("[7190]", (await row.Locator("td.code").InnerTextAsync()).Trim());
        Assert.Equal($"/evaluations/1/explain/7190", await row.Locator("td.figure a").GetAttributeAsync("href"));
        Assert.True(await page.Locator("#findings article").CountAsync() > 0);
        Assert.True(await page.Locator("#page-segregation").IsVisibleAsync());
        await Screenshot(page, "statement");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Explain_7190_ShowsFormulaWithCaptionsDownToInputs()
    {
        var id = await _server.Upload(TestPaths.SeedSample);

        var (page, problems) = await Open($"/evaluations/{id}/explain/7190");

        var root = page.Locator("details[data-key='7190']").First;
        await root.WaitForAsync();
        Assert.Contains("[7180]", await root.Locator(".formula").First.InnerTextAsync());
        Assert.Contains("Total amount in segregation", await root.Locator(".formula").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await page.Locator("#expand").ClickAsync();
        var input = page.Locator("details.input[data-key='7010']").First;
        Assert.True(await input.IsVisibleAsync());
        Assert.Contains("3,436,213,699", await input.Locator("summary").InnerTextAsync());
        await Screenshot(page, "explain");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task History_ShowsChartOfEachPool_APointOpensItsEvaluation()
    {
        foreach (var file in DailyBalances.Write(_server.Folder.File("days"), 3, new DateOnly(2017, 12, 18)))
        {
            await _server.Upload(file);
        }

        var (page, problems) = await Open("/history?firm=Credit%20Suisse%20Securities%20(USA)%20LLC");

        var chart = page.Locator("svg.chart[data-pool='segregation']");
        await chart.WaitForAsync();
        Assert.Equal(3, await chart.Locator("a.point").CountAsync());
        Assert.Equal(1, await chart.Locator("polyline.target").CountAsync());
        Assert.Equal(3, await page.Locator("table.history tbody tr").CountAsync());
        await Screenshot(page, "history");
        await chart.Locator("a.point").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/evaluations/\d+$"));
        await page.Locator("tr[data-key='7190']").WaitForAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task History_Line_AddsTheFollowedLineAndWhereItCameFrom()
    {
        await _server.Upload(TestPaths.SeedSample);

        var (page, problems) = await Open("/history?line=7190");

        var row = page.Locator("table.history tbody tr").First;
        await row.WaitForAsync();
        var headers = await page.Locator("table.history thead th").AllInnerTextsAsync();
        Assert.Equal(["[7190]", "from"], headers.TakeLast(2));
        Assert.Equal("350,288,368", (await row.Locator("td.figure").Last.InnerTextAsync()).Trim());
        Assert.Equal("", (await row.Locator("td.line-from").InnerTextAsync()).Trim());
        Assert.Equal("7190", await page.Locator("form.filter input[name='line']").InputValueAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task RulesDiff_ShowsBothVersionsSideBySideWithChangesMarked()
    {
        var (page, problems) = await Open("/rules/daily-seg/diff/2012-11-08/2012-11-30");

        var added = page.Locator("table.diff tr.added[data-key='7194']");
        await added.WaitForAsync();
        Assert.Contains("added", await added.InnerTextAsync());
        Assert.True(await page.Locator("table.diff tbody tr").CountAsync() > 5);
        await Screenshot(page, "rules-diff");

        await page.GotoAsync(_server.BaseUrl + "/rules/daily-seg/2012-11-30");
        await page.Locator("article.check[data-check='seg_deficiency']").WaitForAsync();
        await Screenshot(page, "rules-version");
        await page.GotoAsync(_server.BaseUrl + "/rules");
        await page.Locator("table.versions tbody tr").First.WaitForAsync();
        Assert.Equal(Directory.GetDirectories(Path.Combine(TestPaths.BundledRules, "daily-seg")).Length, await page.Locator("table.versions tbody tr").CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task WhatIf_ChangeAnInput_7190AndTheFindingsChangeAsYouType()
    {
        var id = await _server.Upload(TestPaths.SeedSample);
        var (page, problems) = await Open($"/evaluations/{id}/what-if");
        var excess = page.Locator("tr[data-key='7190'] .now");
        await page.Locator("#what-if-summary h2").First.WaitForAsync();
        Assert.Equal("350,288,368", await excess.InnerTextAsync());

        await page.Locator("input[name='7010']").FillAsync("4436213699");

        await page.Locator("li[data-check='seg_deficiency'].appears").WaitForAsync();
        Assert.Equal("-649,711,632", await excess.InnerTextAsync());
        Assert.Contains("-1,000,000,000", await page.Locator("tr[data-key='7190'] .delta").InnerTextAsync());
        Assert.Contains("7010=4436213699", page.Url);
        await page.Locator("input[name='withdraw.segregation']").FillAsync("1");
        await page.Locator("table.withdrawals tr[data-pool='segregation']").WaitForAsync();
        await Screenshot(page, "what-if");

        // The address holds the state: opened cold, it shows the same what-if.
        var (again, _) = await Open(new Uri(page.Url).PathAndQuery);
        await again.Locator("li[data-check='seg_deficiency'].appears").WaitForAsync();
        Assert.Equal("4436213699", await again.Locator("input[name='7010']").InputValueAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Drift_OnTheOlderVersion_ShowsTheSummaryAndRecords()
    {
        var id = await _server.Upload(TestPaths.SeedSample);

        var (page, problems) = await Open("/drift?version=2012-11-08&run=1");

        var summary = page.Locator("#drift-summary");
        await summary.WaitForAsync();
        Assert.Contains("1 evaluation(s) replayed: 0 the same, 1 differ", await summary.InnerTextAsync());
        Assert.Equal(1, await page.Locator($"details.record[data-id='{id}']").CountAsync());
        await Screenshot(page, "drift");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Paste_BrokenBalances_ShowsTheErrorWithItsLineAndStoresNothing()
    {
        var (page, problems) = await Open("/");
        await page.Locator("#paste").FillAsync("firm: Test\nas_of: 2017-12-26\nvalues:\n  7010: abc\n");

        await page.Locator("#evaluate-paste").ClickAsync();

        var error = page.Locator(".problem");
        await error.WaitForAsync();
        var text = await error.InnerTextAsync();
        Assert.Contains("pasted.yaml(4,", text);
        Assert.Contains("SR5001", text);
        Assert.Contains("nothing was evaluated or stored", text);
        await Screenshot(page, "error");
        Assert.False(File.Exists(_server.Database) && new FileInfo(_server.Database).Length > 0 && await HasRecords());
        Assert.Empty(problems);
    }

    public void Dispose() => _server.Dispose();

    private async Task<bool> HasRecords()
    {
        using var client = _server.Client();
        return (await client.GetStringAsync("/api/evaluations")).Trim() != "[]";
    }

    /// <summary>A new page at <paramref name="address"/>, with every console error and failed request collected.</summary>
    private async Task<(IPage Page, List<string> Problems)> Open(string address)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        // Generous: CI shares two cores with the rest of the suite.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // A refused request (400) is the page's expected answer to bad input; it shows the problem.
            if (message.Type == "error" && !message.Text.Contains("status of 400", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.RequestFailed += (_, request) => problems.Add($"{request.Url} {request.Failure}");
        await page.GotoAsync(_server.BaseUrl + address);
        return (page, problems);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SEGRULES_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = false });
        }
    }
}
