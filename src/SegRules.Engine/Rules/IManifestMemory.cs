namespace SegRules.Engine.Rules;

/// <summary>
/// Keeps the facts of manifests that read without a problem between processes, by the SHA-256 of
/// their text, so that finding the versions of a rules folder parses only a manifest it has not seen.
/// </summary>
public interface IManifestMemory
{
    /// <summary>The facts of the manifest whose text hashes to <paramref name="textHash"/>, positions naming <paramref name="display"/>; null when not kept.</summary>
    ManifestFacts? Recall(string textHash, string display);

    /// <summary>Keeps <paramref name="facts"/>, read from a manifest whose text hashes to <paramref name="textHash"/>.</summary>
    void Remember(string textHash, ManifestFacts facts);
}
