using SegRules.Engine.Store;

namespace SegRules.Host.Output;

/// <summary>Where an evaluation was stored: the database file and the record's id, and the record itself when shown from the store.</summary>
/// <param name="Database">The database file.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Record">The stored record, whose provenance (when, by whom, from which file) is then printed too.</param>
public sealed record StoredAs(string Database, long Id, EvaluationRecord? Record = null);
