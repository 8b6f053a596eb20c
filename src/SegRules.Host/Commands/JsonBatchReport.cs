using System.Text.Json;
using SegRules.Engine.Evaluate;
using SegRules.Engine.Store;
using SegRules.Engine.Present;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// A batch as a JSON list of the single-file objects, streamed into a temporary file and copied to the
/// output once the batch is complete (committed, when it is stored): a batch that turns out to have a
/// problem prints nothing.
/// </summary>
public sealed class JsonBatchReport : IBatchReport
{
    private readonly TextWriter _output;
    private readonly string? _database;
    private readonly StreamWriter _spool;
    private readonly JsonListWriter _list;

    /// <summary>A report to <paramref name="output"/>; <paramref name="database"/> is where the batch is stored, null for none.</summary>
    public JsonBatchReport(TextWriter output, string? database)
    {
        _output = output;
        _database = database;
        var spoolPath = Path.Combine(Path.GetTempPath(), $"segrules-batch-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        _spool = new StreamWriter(new FileStream(spoolPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose));
        _list = new JsonListWriter(_spool);
    }

    /// <inheritdoc />
    public void Add(Evaluation evaluation, EvaluationRecord? record, long? id) =>
        _list.Add(json => JsonSerializer.Serialize(json, StatementView.Of(evaluation, id is { } stored ? new StoredView(_database!, stored) : null), ViewJson.Options));

    /// <inheritdoc />
    public void Complete()
    {
        _list.Dispose();
        _spool.Flush();
        _spool.BaseStream.Position = 0;
        using var reader = new StreamReader(_spool.BaseStream, leaveOpen: true);
        var buffer = new char[1 << 16];
        for (int read; (read = reader.Read(buffer, 0, buffer.Length)) > 0;)
        {
            _output.Write(buffer, 0, read);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _spool.Dispose();
}
