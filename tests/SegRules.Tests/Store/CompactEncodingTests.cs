using System.Security.Cryptography;
using System.Text;
using LiteDB;
using SegRules.Engine.Store;

namespace SegRules.Tests.Store;

/// <summary>
/// The bytes of a compact record are the documented format, whatever writes them: counts, texts and
/// decimals as a <see cref="BinaryWriter"/> and the 96-bit mantissa varint give them (records already
/// stored must read back), and the checksum is the SHA-256 of the fields' canonical bytes taken in order.
/// </summary>
public sealed class CompactEncodingTests
{
    public static TheoryData<decimal> Figures() =>
    [
        0m, 1m, -1m, 12.50m, -0.00m, 127m, 128m, 3507621526m, -303604905m, 0.0000000000000000000000000001m,
        18446744073709551615m, 18446744073709551616m, 36893488147419103232.5m, -79228162514264337593543950.335m,
        decimal.MaxValue, decimal.MinValue,
    ];

    [Theory]
    [MemberData(nameof(Figures))]
    public void Decimal_AnyFigure_WritesTheDocumentedBytesAndReadsBackWithItsScale(decimal figure)
    {
        var writer = new CompactWriter();

        writer.Decimal(figure);
        var bytes = writer.ToArray();

        Assert.Equal(Documented(figure), bytes);
        var read = new CompactReader(bytes, "figures").Decimal();
        Assert.Equal((figure, figure.Scale), (read, read.Scale));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(300)]
    [InlineData(int.MaxValue)]
    public void CountAndText_AsBinaryWriterWritesThem(int count)
    {
        var writer = new CompactWriter();
        var text = "Crédit \u00e9 \u2603 " + new string('x', count % 300);

        writer.Count(count);
        writer.Text(text);
        writer.Bytes([1, 2, 3]);

        using var expected = new MemoryStream();
        using (var binary = new BinaryWriter(expected, Encoding.UTF8, leaveOpen: true))
        {
            binary.Write7BitEncodedInt(count);
            binary.Write(text);
            binary.Write([1, 2, 3]);
        }

        Assert.Equal(expected.ToArray(), writer.ToArray());
    }

    [Fact]
    public void Checksum_Document_IsTheHashOfEachFieldsCanonicalBytesInOrder()
    {
        var document = new BsonDocument
        {
            ["Firm"] = "Crédit Suisse",
            ["AsOf"] = "2017-12-26",
            ["f"] = 1,
            ["st"] = new BsonArray(new BsonValue("secured"), new BsonValue("swaps")),
            ["l"] = new byte[] { 1, 2, 3, 250 },
            ["at"] = new DateTime(2026, 12, 2, 18, 0, 0, 123, DateTimeKind.Utc),
        };

        var checksum = CompactChecksum.Of(document);

        Assert.Equal(FieldByField(document), checksum);
    }

    // The format as documented: sign and scale in one byte, then the mantissa 7 bits a byte, low first.
    private static byte[] Documented(decimal figure)
    {
        var bits = decimal.GetBits(figure);
        var bytes = new List<byte> { (byte)(((bits[3] >> 16) & 0x1F) | (bits[3] < 0 ? 0x80 : 0)) };
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        do
        {
            var low = (byte)(mantissa & 0x7F);
            mantissa >>= 7;
            bytes.Add(mantissa == 0 ? low : (byte)(low | 0x80));
        }
        while (mantissa != 0);

        return [.. bytes];
    }

    // The checksum as first written: every field in its fixed order, each hashed as it comes.
    private static byte[] FieldByField(BsonDocument document)
    {
        string[] fields = ["Firm", "AsOf", "Form", "Version", "RulesetHash", "f", "st", "i", "t", "p", "d", "l", "k", "sf", "sh", "at", "u", "h", "e"];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var field in fields)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(field + "="));
            hash.AppendData(document.TryGetValue(field, out var value) ? Canonical(value) : [0xFF]);
        }

        return hash.GetHashAndReset()[..8];
    }

    private static byte[] Canonical(BsonValue value) => value.Type switch
    {
        BsonType.String => Tagged(1, Encoding.UTF8.GetBytes(value.AsString)),
        BsonType.Binary => Tagged(2, value.AsBinary),
        BsonType.Int32 => Tagged(3, BitConverter.GetBytes(value.AsInt32)),
        BsonType.DateTime => Tagged(4, BitConverter.GetBytes(new DateTimeOffset(value.AsDateTime.ToUniversalTime()).ToUnixTimeMilliseconds())),
        BsonType.Array => Tagged(5, value.AsArray.SelectMany(Canonical).ToArray()),
        _ => Tagged(6, Encoding.UTF8.GetBytes(value.Type.ToString())),
    };

    private static byte[] Tagged(byte tag, byte[] bytes) => [tag, .. BitConverter.GetBytes(bytes.Length), .. bytes];
}
