using System.Security.Cryptography;
using SegRules.Engine.Model;

namespace SegRules.Engine.Cache;

/// <summary>
/// The bytes of one cache entry: a header (magic, format, the key it was written for, the engine
/// stamp, the payload's length and SHA-256) and the payload. A compiled rule set's key is its hash and
/// its payload the definition, then the evaluator's assembly image; a manifest's (see
/// <see cref="ManifestEntry"/>) is <c>manifest:</c> and its text's hash. Reading checks every part of the
/// header and the payload's hash before anything of it is used.
/// </summary>
internal static class CacheEntry
{
    private const string Magic = "SEGRULES-COMPILED-RULE-SET";
    private const int Format = 2;

    /// <summary>The entry of <paramref name="form"/> and its evaluator <paramref name="image"/>.</summary>
    public static byte[] Encode(FormDefinition form, byte[] image, string engineStamp, Func<string, string> display) =>
        Frame(form.Hash, engineStamp, writer =>
        {
            FormDefinitionWriter.Write(writer, form, display);
            writer.Write(image.Length);
            writer.Write(image);
        });

    /// <summary>
    /// The definition and image in <paramref name="bytes"/>, when it is a whole entry for rule set
    /// <paramref name="hash"/> written by this engine; otherwise null with why in <paramref name="problem"/>.
    /// </summary>
    public static (FormDefinition Form, byte[] Image)? Decode(
        byte[] bytes, string hash, string engineStamp, IReadOnlyList<RuleSetFile> files, Func<string, string> display, out string problem) =>
        Unframe(bytes, hash, engineStamp, reader =>
        {
            var form = FormDefinitionReader.Read(reader, files, display);
            var image = reader.ReadBytes(reader.ReadInt32());
            return form.Hash == hash ? (form, image) : ((FormDefinition, byte[])?)null;
        }, out problem);

    /// <summary>An entry for <paramref name="key"/> whose payload <paramref name="write"/> writes.</summary>
    public static byte[] Frame(string key, string engineStamp, Action<BinaryWriter> write)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        var body = payload.ToArray();
        using var entry = new MemoryStream();
        using (var writer = new BinaryWriter(entry, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(key);
            writer.Write(engineStamp);
            writer.Write(body.LongLength);
            writer.Write(SHA256.HashData(body));
            writer.Write(body);
        }

        return entry.ToArray();
    }

    /// <summary>
    /// What <paramref name="read"/> makes of the payload of <paramref name="bytes"/>, when it is a whole
    /// entry for <paramref name="key"/> written by this engine; otherwise null with why in <paramref name="problem"/>.
    /// </summary>
    public static T? Unframe<T>(byte[] bytes, string key, string engineStamp, Func<BinaryReader, T?> read, out string problem)
        where T : struct
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format)
            {
                problem = "it is not a SegRules cache entry of this format";
                return null;
            }

            if (reader.ReadString() != key || reader.ReadString() != engineStamp)
            {
                problem = "it was written for another rule set or another engine";
                return null;
            }

            var length = reader.ReadInt64();
            var expected = reader.ReadBytes(SHA256.HashSizeInBytes);
            var start = (int)reader.BaseStream.Position;
            if (length != bytes.Length - start)
            {
                problem = $"it is {(length > bytes.Length - start ? "truncated" : "longer than written")}";
                return null;
            }

            if (!SHA256.HashData(bytes.AsSpan(start)).AsSpan().SequenceEqual(expected))
            {
                problem = "its content does not match its hash";
                return null;
            }

            problem = "";
            return read(reader);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            problem = $"it cannot be read ({e.Message})";
            return null;
        }
    }
}
