using System.Text;

namespace SegRules.Engine.Store;

/// <summary>
/// Writes the binary fields of a compact record: counts and indexes as 7-bit varints, strings as
/// UTF-8 with their length (as <see cref="BinaryWriter"/> writes them), decimals exactly (sign, scale
/// and the 96-bit mantissa as a varint), so a figure reads back with the same value and the same
/// number of decimal places. Bytes go straight into a growing array: a record writes a few thousand.
/// </summary>
internal sealed class CompactWriter
{
    private byte[] _bytes = new byte[256];
    private int _length;

    /// <summary>A count or index, 7 bits a byte, low first, the high bit set on all but the last byte.</summary>
    public void Count(int value)
    {
        var rest = (uint)value;
        for (; rest > 0x7F; rest >>= 7)
        {
            Byte((byte)(rest | 0x80));
        }

        Byte((byte)rest);
    }

    /// <summary>The UTF-8 byte count as a <see cref="Count"/>, then the bytes.</summary>
    public void Text(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Count(length);
        Encoding.UTF8.GetBytes(value, Room(length));
        _length += length;
    }

    public void Byte(byte value)
    {
        Room(1)[0] = value;
        _length++;
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Room(value.Length));
        _length += value.Length;
    }

    /// <summary>One byte of sign (bit 7) and scale (bits 0-4), then the mantissa, 7 bits a byte, low first.</summary>
    public void Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var flags = bits[3];
        Byte((byte)(((flags >> 16) & 0x1F) | (flags < 0 ? 0x80 : 0)));
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var high = (uint)bits[2];

        // The low 64 bits go out 7 at a time while bits of the high 32 are still to come after them.
        while (high != 0)
        {
            Byte((byte)(low | 0x80));
            low = (low >> 7) | ((ulong)high << 57);
            high >>= 7;
        }

        for (; low > 0x7F; low >>= 7)
        {
            Byte((byte)(low | 0x80));
        }

        Byte((byte)low);
    }

    public byte[] ToArray() => _bytes.AsSpan(0, _length).ToArray();

    // The free part of the array, grown to hold at least count more bytes.
    private Span<byte> Room(int count)
    {
        if (_length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }

        return _bytes.AsSpan(_length);
    }
}
