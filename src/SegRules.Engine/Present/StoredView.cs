using System.Text.Json.Serialization;
using SegRules.Engine.Store;

namespace SegRules.Engine.Present;

/// <summary>Where an evaluation is stored, and, when it is read back from the store, when, by whom and from what it ran.</summary>
/// <param name="Database">The database file.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Record">The stored record (its provenance is shown); null right after storing.</param>
public sealed record StoredView(string Database, long Id, [property: JsonIgnore] EvaluationRecord? Record = null)
{
    /// <summary>When the evaluation ran (UTC); null right after storing.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? EvaluatedAt => Record?.EvaluatedAt.ToUniversalTime();

    /// <summary>Who ran it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? User => Record?.User;

    /// <summary>On which machine.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Host => Record?.Host;

    /// <summary>Which SegRules.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EngineVersion => Record?.EngineVersion;

    /// <summary>The SHA-256 of the balances file.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceHash => Record?.SourceHash;
}
