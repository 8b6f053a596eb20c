using SegRules.Engine.Evaluate;
using SegRules.Host.Output;

namespace SegRules.Host.Commands;

/// <summary>
/// A batch as a JSON list of the single-file objects, streamed: straight to the output with
/// <c>--no-store</c>, else into a temporary file copied to the output once the batch is committed.
/// </summary>
public sealed class JsonBatchReport : IBatchReport
{
    private readonly TextWriter _output;
    private readonly string? _database;
    private readonly string? _spoolPath;
    private readonly StreamWriter? _spool;
    private readonly JsonListWriter _list;
    private bool _closed;

    /// <summary>A report to <paramref name="output"/>; <paramref name="database"/> is where the batch is stored, null for none.</summary>
    public JsonBatchReport(TextWriter output, string? database)
    {
        _output = output;
        _database = database;
        if (database is not null)
        {
            _spoolPath = Path.Combine(Path.GetTempPath(), $"segrules-batch-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
            _spool = new StreamWriter(new FileStream(_spoolPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose));
        }

        _list = new JsonListWriter(_spool ?? output);
    }

    /// <inheritdoc />
    public void Add(Evaluation evaluation, long? id) =>
        _list.Add(json => EvaluationJsonWriter.WriteObject(json, evaluation, id is { } stored ? new StoredAs(_database!, stored) : null));

    /// <inheritdoc />
    public void Complete()
    {
        _list.Dispose();
        _closed = true;
        if (_spool is not null)
        {
            _spool.Flush();
            _spool.BaseStream.Position = 0;
            using var reader = new StreamReader(_spool.BaseStream, leaveOpen: true);
            var buffer = new char[1 << 16];
            for (int read; (read = reader.Read(buffer, 0, buffer.Length)) > 0;)
            {
                _output.Write(buffer, 0, read);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_closed && _spool is null)
        {
            _list.Dispose();
        }

        _spool?.Dispose();
    }
}
