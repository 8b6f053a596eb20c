namespace SegRules.Engine.Store;

/// <summary>The exact text of a rule set, stored once per hash so any evaluation can be re-run after <c>rules/</c> changed.</summary>
public sealed class RuleSetSnapshot
{
    /// <summary>The rule set's content hash (the id).</summary>
    public string Id { get; set; } = "";

    /// <summary>The form id.</summary>
    public string Form { get; set; } = "";

    /// <summary>The version id.</summary>
    public string Version { get; set; } = "";

    /// <summary>The files, paths relative to the version folder.</summary>
    public List<RuleSetSnapshotFile> Files { get; set; } = [];

    /// <summary>When the snapshot was first stored (UTC).</summary>
    public DateTime StoredAt { get; set; }
}

/// <summary>One file of a stored rule set.</summary>
public sealed class RuleSetSnapshotFile
{
    /// <summary>Path relative to the version folder.</summary>
    public string Path { get; set; } = "";

    /// <summary>The file's text.</summary>
    public string Text { get; set; } = "";
}
