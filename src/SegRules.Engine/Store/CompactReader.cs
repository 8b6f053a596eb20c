using System.Text;

namespace SegRules.Engine.Store;

/// <summary>
/// Reads what <see cref="CompactWriter"/> wrote. Anything that does not decode (cut short, a count or
/// index out of range, a figure that is not a decimal) is an <see cref="InvalidDataException"/> naming
/// the field, which the store reports as a damaged record.
/// </summary>
internal sealed class CompactReader
{
    private readonly BinaryReader _reader;
    private readonly string _field;

    public CompactReader(byte[] bytes, string field)
    {
        _reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        _field = field;
    }

    /// <summary>A count or index below <paramref name="limit"/>.</summary>
    public int Count(int limit = int.MaxValue)
    {
        var value = Guard(_reader.Read7BitEncodedInt);
        return value >= 0 && value < limit ? value : throw Damaged($"{value} is out of range");
    }

    public string Text() => Guard(_reader.ReadString);

    public byte Byte() => Guard(_reader.ReadByte);

    public byte[] Bytes(int count)
    {
        var bytes = Guard(() => _reader.ReadBytes(count));
        return bytes.Length == count ? bytes : throw Damaged("it ends early");
    }

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
        if (_reader.BaseStream.Position != _reader.BaseStream.Length)
        {
            throw Damaged("it has bytes left over");
        }
    }

    public InvalidDataException Damaged(string why) => new($"its {_field} are damaged: {why}");

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException)
        {
            throw Damaged(e is EndOfStreamException ? "it ends early" : e.Message);
        }
    }
}
