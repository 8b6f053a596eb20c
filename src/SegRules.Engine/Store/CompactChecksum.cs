using System.Buffers;
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
        // Hashed in one go: the same bytes, in the same order, as hashed field by field before.
        var canonical = new ArrayBufferWriter<byte>(4096);
        foreach (var field in Fields)
        {
            Encoding.UTF8.GetBytes(field + "=", canonical);
            if (document.TryGetValue(field, out var value))
            {
                Canonical(value, canonical);
            }
            else
            {
                canonical.Write([(byte)0xFF]);
            }
        }

        return SHA256.HashData(canonical.WrittenSpan)[..Length];
    }

    /// <summary>True when <paramref name="document"/> holds its checksum and its fields still match it.</summary>
    public static bool Holds(BsonDocument document) =>
        document.TryGetValue(Field, out var stored) && stored.IsBinary && stored.AsBinary.AsSpan().SequenceEqual(Of(document));

    // A value as bytes that say its type and length, so that no two different fields read alike.
    private static void Canonical(BsonValue value, ArrayBufferWriter<byte> canonical)
    {
        switch (value.Type)
        {
            case BsonType.String:
                Tagged(1, Encoding.UTF8.GetBytes(value.AsString), canonical);
                break;
            case BsonType.Binary:
                Tagged(2, value.AsBinary, canonical);
                break;
            case BsonType.Int32:
                Tagged(3, BitConverter.GetBytes(value.AsInt32), canonical);
                break;
            case BsonType.DateTime:
                // LiteDB keeps milliseconds in UTC, and may give the time back in local time.
                Tagged(4, BitConverter.GetBytes(new DateTimeOffset(value.AsDateTime.ToUniversalTime()).ToUnixTimeMilliseconds()), canonical);
                break;
            case BsonType.Array:
                var items = new ArrayBufferWriter<byte>();
                foreach (var item in value.AsArray)
                {
                    Canonical(item, items);
                }

                Tagged(5, items.WrittenSpan, canonical);
                break;
            default:
                Tagged(6, Encoding.UTF8.GetBytes(value.Type.ToString()), canonical);
                break;
        }
    }

    private static void Tagged(byte tag, ReadOnlySpan<byte> bytes, ArrayBufferWriter<byte> canonical)
    {
        canonical.Write([tag]);
        canonical.Write(BitConverter.GetBytes(bytes.Length));
        canonical.Write(bytes);
    }
}
