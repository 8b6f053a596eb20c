using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace SegRules.Engine.Store;

/// <summary>
/// The checksum of a compact record: the first 8 bytes of the SHA-256 of every field but the id and
/// the checksum itself, taken in a fixed order and encoding (not LiteDB's), so that a byte of a record
/// changed on disk, which LiteDB would read back without complaint, makes the record damaged instead
/// of shown or replayed with a wrong figure, name or date.
/// </summary>
internal static class CompactChecksum
{
    /// <summary>The field holding the checksum.</summary>
    public const string Field = "c";

    private const int Length = 8;

    // Every field a compact record may hold, but _id and the checksum.
    private static readonly string[] Fields =
        ["Firm", "AsOf", "Form", "Version", "RulesetHash", CompactRecord.FormatField, "st", "i", "t", "p", "d", "l", "k", "sf", "sh", "at", "u", "h", "e"];

    /// <summary>The checksum of <paramref name="document"/>'s fields.</summary>
    public static byte[] Of(BsonDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var field in Fields)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(field + "="));
            hash.AppendData(document.TryGetValue(field, out var value) ? Canonical(value) : [0xFF]);
        }

        return hash.GetHashAndReset()[..Length];
    }

    /// <summary>True when <paramref name="document"/> holds its checksum and its fields still match it.</summary>
    public static bool Holds(BsonDocument document) =>
        document.TryGetValue(Field, out var stored) && stored.IsBinary && stored.AsBinary.AsSpan().SequenceEqual(Of(document));

    // A value as bytes that say its type and length, so that no two different fields read alike.
    private static byte[] Canonical(BsonValue value) => value.Type switch
    {
        BsonType.String => Tagged(1, Encoding.UTF8.GetBytes(value.AsString)),
        BsonType.Binary => Tagged(2, value.AsBinary),
        BsonType.Int32 => Tagged(3, BitConverter.GetBytes(value.AsInt32)),
        // LiteDB keeps milliseconds in UTC, and may give the time back in local time.
        BsonType.DateTime => Tagged(4, BitConverter.GetBytes(new DateTimeOffset(value.AsDateTime.ToUniversalTime()).ToUnixTimeMilliseconds())),
        BsonType.Array => Tagged(5, value.AsArray.SelectMany(Canonical).ToArray()),
        _ => Tagged(6, Encoding.UTF8.GetBytes(value.Type.ToString())),
    };

    private static byte[] Tagged(byte tag, byte[] bytes) => [tag, .. BitConverter.GetBytes(bytes.Length), .. bytes];
}
