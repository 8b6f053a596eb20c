using SegRules.Engine.Model;

namespace SegRules.Engine.Rules;

/// <summary>What finding a version takes from its manifest: the version's facts, its page files in printed order, and where its version id is written.</summary>
/// <param name="Info">The manifest's facts, validated.</param>
/// <param name="Pages">The page files it lists.</param>
/// <param name="VersionAt">Where the version id is written (where a clash of ids is reported).</param>
public sealed record ManifestFacts(FormVersionInfo Info, IReadOnlyList<string> Pages, SourcePosition VersionAt);
