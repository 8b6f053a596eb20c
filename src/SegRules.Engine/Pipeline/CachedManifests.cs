using SegRules.Engine.Cache;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Engine.Pipeline;

/// <summary>The manifests' facts kept in the compiled rule set cache's folder, beside the rule sets.</summary>
internal sealed class CachedManifests(CompiledRuleSetCache cache) : IManifestMemory
{
    /// <inheritdoc />
    public ManifestFacts? Recall(string textHash, string display) =>
        cache.TryReadManifest(textHash) is { } kept ? new ManifestFacts(kept.Info, kept.Pages, new SourcePosition(display, kept.VersionLine, kept.VersionColumn)) : null;

    /// <inheritdoc />
    public void Remember(string textHash, ManifestFacts facts) =>
        cache.WriteManifest(textHash, facts.Info, facts.Pages, facts.VersionAt.Line, facts.VersionAt.Column);
}
