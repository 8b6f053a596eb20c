namespace SegRules.Engine.Model;

/// <summary>The exact text of one file of a rule set, kept so an evaluation can be reproduced from it.</summary>
/// <param name="Path">Path relative to the version folder, with '/' separators.</param>
/// <param name="Text">The file's text, line endings normalised to '\n'.</param>
public sealed record RuleSetFile(string Path, string Text);
