namespace SegRules.Host.Output;

/// <summary>Where an evaluation was stored: the database file and the record's id.</summary>
public sealed record StoredAs(string Database, long Id);
