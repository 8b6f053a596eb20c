using SegRules.Engine.Model;

namespace SegRules.Engine.Cache;

/// <summary>
/// The bytes of a manifest's cache entry, framed and checked as <see cref="CacheEntry"/> frames a
/// compiled rule set's, under the key <c>manifest:</c> and the hash of the manifest's text: the
/// version's facts, its page files, and the line and column of its version id.
/// </summary>
internal static class ManifestEntry
{
    /// <summary>The entry of the manifest whose text hashes to <paramref name="textHash"/>.</summary>
    public static byte[] Encode(string textHash, KeptManifest manifest, string engineStamp) =>
        CacheEntry.Frame(Key(textHash), engineStamp, writer =>
        {
            FormDefinitionWriter.WriteVersionInfo(writer, manifest.Info);
            writer.Write(manifest.Pages.Count);
            foreach (var page in manifest.Pages)
            {
                writer.Write(page);
            }

            writer.Write(manifest.VersionLine);
            writer.Write(manifest.VersionColumn);
        });

    /// <summary>The manifest kept in <paramref name="bytes"/>, when it is a whole entry for <paramref name="textHash"/> written by this engine; otherwise null with why in <paramref name="problem"/>.</summary>
    public static KeptManifest? Decode(byte[] bytes, string textHash, string engineStamp, out string problem) =>
        CacheEntry.Unframe(bytes, Key(textHash), engineStamp, reader =>
        {
            var info = FormDefinitionReader.ReadVersionInfo(reader);
            var count = reader.ReadInt32();
            if (count < 0)
            {
                throw new InvalidDataException($"a list of {count} page files");
            }

            var pages = new string[count];
            for (var i = 0; i < count; i++)
            {
                pages[i] = reader.ReadString();
            }

            return (KeptManifest?)new KeptManifest(info, pages, reader.ReadInt32(), reader.ReadInt32());
        }, out problem);

    private static string Key(string textHash) => "manifest:" + textHash;
}
