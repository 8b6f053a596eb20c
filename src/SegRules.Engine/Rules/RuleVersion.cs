using SegRules.Engine.Model;

namespace SegRules.Engine.Rules;

/// <summary>A version found in a rules folder: what its manifest says and where it lives.</summary>
/// <param name="Info">The manifest's facts.</param>
/// <param name="Directory">The version folder.</param>
public sealed record RuleVersion(FormVersionInfo Info, string Directory)
{
    /// <summary>The page files its manifest lists, in printed order.</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];
}
