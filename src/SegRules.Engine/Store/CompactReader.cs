using System.Text;

namespace SegRules.Engine.Store;

/// <summary>
/// Reads what <see cref="CompactWriter"/> wrote. Anything that does not decode (cut short, a count or
/// index out of range, a figure that is not a decimal) is an <see cref="InvalidDataException"/> naming
/// the field, which the store reports as a damaged record. Reads the bytes in place: a replay decodes
/// a few hundred figures for each of thousands of records.
/// </summary>
internal sealed class CompactReader(byte[] bytes, string field)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private int _position;

    /// <summary>A count or index below <paramref name="limit"/>, written in 7-bit groups (as <see cref="BinaryWriter.Write7BitEncodedInt"/>).</summary>
    public int Count(int limit = int.MaxValue)
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var part = Byte();
            if (shift == 28 && part > 0x0F)
            {
                throw Damaged("a count has more than 32 bits");
            }

            value |= (uint)(part & 0x7F) << shift;
            if ((part & 0x80) == 0)
            {
                break;
            }
        }

        return (int)value >= 0 && (int)value < limit ? (int)value : throw Damaged($"{(int)value} is out of range");
    }

    /// <summary>A text: its length in bytes (a count), then its UTF-8 bytes.</summary>
    public string Text()
    {
        var span = Span(Count());
        try
        {
            return Utf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            throw Damaged("a text is not UTF-8");
        }
    }

    public byte Byte() => _position < bytes.Length ? bytes[_position++] : throw Damaged("it ends early");

    public byte[] Bytes(int count) => Span(count).ToArray();

    public decimal Decimal()
    {
        var head = Byte();
        UInt128 mantissa = 0;
        for (var shift = 0; ; shift += 7)
        {
            var part = Byte();
            if (shift > 91)
            {
                throw Damaged("a figure has more than 96 bits");
            }

            mantissa |= (UInt128)(part & 0x7F) << shift;
            if ((part & 0x80) == 0)
            {
                break;
            }
        }

        var scale = head & 0x1F;
        if ((head & 0x60) != 0 || scale > 28 || mantissa >> 96 != 0)
        {
            throw Damaged("a figure is not a decimal");
        }

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), (head & 0x80) != 0, (byte)scale);
    }

    /// <summary>Throws unless everything was read: bytes left over mean the field is not what was written.</summary>
    public void End()
    {
        if (_position != bytes.Length)
        {
            throw Damaged("it has bytes left over");
        }
    }

    public InvalidDataException Damaged(string why) => new($"its {field} are damaged: {why}");

    private ReadOnlySpan<byte> Span(int count)
    {
        if (count > bytes.Length - _position)
        {
            throw Damaged("it ends early");
        }

        var span = bytes.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
