using System.Text;

namespace SegRules.Engine.Store;

/// <summary>
/// Writes the binary fields of a compact record: counts and indexes as 7-bit varints, strings as
/// UTF-8 with their length, decimals exactly (sign, scale and the 96-bit mantissa as a varint), so a
/// figure reads back with the same value and the same number of decimal places.
/// </summary>
internal sealed class CompactWriter
{
    private readonly MemoryStream _bytes = new();
    private readonly BinaryWriter _writer;

    public CompactWriter() => _writer = new BinaryWriter(_bytes, Encoding.UTF8, leaveOpen: true);

    public void Count(int value) => _writer.Write7BitEncodedInt(value);

    public void Text(string value) => _writer.Write(value);

    public void Byte(byte value) => _writer.Write(value);

    public void Bytes(byte[] value) => _writer.Write(value);

    /// <summary>One byte of sign (bit 7) and scale (bits 0-4), then the mantissa, 7 bits a byte, low first.</summary>
    public void Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var flags = bits[3];
        _writer.Write((byte)(((flags >> 16) & 0x1F) | (flags < 0 ? 0x80 : 0)));
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        do
        {
            var low = (byte)(mantissa & 0x7F);
            mantissa >>= 7;
            _writer.Write(mantissa == 0 ? low : (byte)(low | 0x80));
        }
        while (mantissa != 0);
    }

    public byte[] ToArray()
    {
        _writer.Flush();
        return _bytes.ToArray();
    }
}
