using Microsoft.Playwright;
using SegRules.Tests.Support;

namespace SegRules.Tests.Web;

/// <summary>Untrusted text (a firm's name) reaches the page as text, never as markup; with a token, the page asks for it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkspaceHostileTextTests(BrowserFixture browser)
{
    private const string Markup = "<img src=x onerror=\"document.body.dataset.owned=1\">Evil & Co";

    [Fact]
    public async Task Statement_FirmNameWithMarkup_IsShownAsTextAndNeverRuns()
    {
        using var server = new WorkspaceProcess();
        var balances = server.Folder.Write("evil.yaml", SampleBalances.Text.Replace(
            "firm: Credit Suisse Securities (USA) LLC", $"firm: '{Markup.Replace("'", "''", StringComparison.Ordinal)}'", StringComparison.Ordinal));
        var id = await server.Upload(balances);
        var context = await browser.Browser.NewContextAsync();
        // Generous: CI shares two cores with the rest of the suite.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync($"{server.BaseUrl}/evaluations/{id}");
        await page.Locator("tr[data-key='7190']").WaitForAsync();
        await page.GotoAsync($"{server.BaseUrl}/history");
        await page.Locator("table.history tbody tr").WaitForAsync();

        Assert.Contains("default-src 'none'", response!.Headers["content-security-policy"]);
        Assert.Contains(Markup, await page.Locator("table.history tbody tr td").Nth(2).InnerTextAsync());
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-owned"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Page_WithToken_AsksForItThenShowsTheView()
    {
        using var server = new WorkspaceProcess("--token", "s3cret");
        var context = await browser.Browser.NewContextAsync();
        // Generous: CI shares two cores with the rest of the suite.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{server.BaseUrl}/rules");
        await page.Locator("form.token input").FillAsync("s3cret");
        await page.Locator("form.token button").ClickAsync();

        await page.Locator("table.versions tbody tr").First.WaitForAsync();
        Assert.Equal(Directory.GetDirectories(Path.Combine(TestPaths.BundledRules, "daily-seg")).Length, await page.Locator("table.versions tbody tr").CountAsync());
        await context.CloseAsync();
    }
}
