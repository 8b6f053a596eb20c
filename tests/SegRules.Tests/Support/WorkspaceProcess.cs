using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace SegRules.Tests.Support;

/// <summary>A real <c>segrules serve</c> process on 127.0.0.1 (a free port) with a database in a temporary folder.</summary>
public sealed partial class WorkspaceProcess : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();
    private Task _rest = Task.CompletedTask;

    public WorkspaceProcess(params string[] extra)
    {
        Folder = new TempDirectory();
        _process = CliProcess.Start(Folder.Path, new Dictionary<string, string>(), ["serve", "--urls", "http://127.0.0.1:0", "--db", Database, .. extra]);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline && _process.StandardOutput.ReadLine() is { } line)
        {
            _output.AppendLine(line);
            if (Listening().Match(line) is { Success: true } match)
            {
                BaseUrl = match.Groups[1].Value.TrimEnd('/');
                _rest = _process.StandardOutput.ReadToEndAsync().ContinueWith(t => { lock (_output) { _output.Append(t.Result); } }, TaskScheduler.Default);
                return;
            }
        }

        var error = _process.StandardError.ReadToEnd();
        _process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"segrules serve did not start: {_output}{error}");
    }

    public TempDirectory Folder { get; }

    public string Database => Folder.File("workspace.db");

    public string BaseUrl { get; } = "";

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Uploads a balances file through the API and returns the stored id.</summary>
    public async Task<long> Upload(string path, string? token = null)
    {
        using var client = Client(token);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path) } };
        using var response = await client.PostAsync("/api/evaluations", form);
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("stored").GetProperty("id").GetInt64();
    }

    /// <summary>Sends Ctrl-C (SIGINT) and waits for the process to end; its exit code and all it printed.</summary>
    public (int ExitCode, string Output) Interrupt()
    {
        _ = Kill(_process.Id, SigInt);
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("segrules serve did not stop on SIGINT");
        }

        _process.WaitForExit();
        _rest.Wait(TimeSpan.FromSeconds(10));
        lock (_output)
        {
            return (_process.ExitCode, _output.ToString());
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, SigTerm);
            if (!_process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        Folder.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"listening on (http://\S+)")]
    private static partial Regex Listening();
}
