using SegRules.Engine.Model;

namespace SegRules.Engine.Cache;

/// <summary>A manifest's facts as the cache keeps them.</summary>
/// <param name="Info">The version's facts.</param>
/// <param name="Pages">The page files it lists.</param>
/// <param name="VersionLine">The line its version id is written on.</param>
/// <param name="VersionColumn">The column its version id starts at.</param>
internal readonly record struct KeptManifest(FormVersionInfo Info, IReadOnlyList<string> Pages, int VersionLine, int VersionColumn);
