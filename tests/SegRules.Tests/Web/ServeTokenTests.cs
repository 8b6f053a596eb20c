using System.Net;
using SegRules.Tests.Support;

namespace SegRules.Tests.Web;

/// <summary>With a token every API request must carry it; beyond loopback a token is required.</summary>
public sealed class ServeTokenTests
{
    [Fact]
    public async Task Api_WithToken_401WithoutOrWithAWrongOne_200WithIt()
    {
        using var server = new WorkspaceProcess("--token", "s3cret");
        using var none = server.Client();
        using var wrong = server.Client("nope");
        using var right = server.Client("s3cret");

        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("/api/rules")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/rules")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await right.GetAsync("/api/rules")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await none.GetAsync("/history")).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5091")]
    [InlineData("http://*:5091")]
    [InlineData("http://192.168.1.10:5091")]
    public void Serve_BeyondLoopbackWithoutToken_RefusesWithOneLine(string urls)
    {
        using var folder = new TempDirectory();

        var result = CliProcess.Run(folder.Path, "serve", "--urls", urls, "--db", folder.File("x.db"));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("without a token", line);
        Assert.False(File.Exists(folder.File("x.db")));
    }
}
