using FsCheck;
using FsCheck.Fluent;

namespace SegRules.Tests.Properties;

/// <summary>
/// One random edit of a file: a character or byte changed, text inserted, a range deleted, repeated or
/// replaced. The inserted text is drawn from what breaks parsers: brackets, quotes, YAML and C# syntax,
/// invisible and control characters, huge numbers, long runs.
/// </summary>
public sealed record Mutation(int Kind, int At, int Length, string Payload)
{
    private static readonly string[] Payloads =
    [
        "[", "]", "{", "}", ":", ": ", "- ", ",", "\n", "\r", "\t", "\"", "'", "\\", "#", "&a ", "*a", "!!binary ", "? ", "|", ">",
        "---\n", "...\n", "%YAML 1.1\n", "#if false\n", "#endif\n", "/*", "*/", "//", "@", "\u202e", "\u2067", "\u00a0", "\u200b",
        "\0", "\uFEFF", "\uD800", "-1e999", "99999999999999999999999999999999", "0.001", "(1,234)", "<u>o</u>", "[7010]", "7010",
        "null", "~", "true", "=cmd|' /C calc'!A0", new string('[', 300), new string('{', 300), new string('9', 5000), new string(' ', 200),
    ];

    /// <summary>One to six edits.</summary>
    public static Gen<Mutation[]> Edits { get; } =
        (from kind in Gen.Choose(0, 4)
         from at in Gen.Choose(0, int.MaxValue)
         from length in Gen.Choose(1, 80)
         from payload in Gen.Elements(Payloads)
         select new Mutation(kind, at, length, payload)).ArrayOf().Where(a => a.Length is > 0 and <= 6);

    /// <summary>One to six edits drawn from <paramref name="random"/>, for runs of the real program that cannot afford a property's many cases.</summary>
    public static Mutation[] Draw(Random random) =>
        Enumerable.Range(0, random.Next(1, 7))
            .Select(_ => new Mutation(random.Next(5), random.Next(), random.Next(1, 81), Payloads[random.Next(Payloads.Length)]))
            .ToArray();

    /// <summary>Random text, mostly of the characters files are made of.</summary>
    public static Gen<string> NoiseText { get; } =
        Gen.Frequency(
                (6, Gen.Elements("abcxyz0123456789 :-[]{}\",'\n\t#.&*!|>?".ToCharArray())),
                (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c)))
            .ArrayOf().Select(chars => new string(chars));

    /// <summary>Random bytes.</summary>
    public static Gen<byte[]> NoiseBytes { get; } = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();

    /// <summary><paramref name="text"/> with <paramref name="edits"/> applied in turn.</summary>
    public static string Apply(string text, IEnumerable<Mutation> edits) => edits.Aggregate(text, (t, m) => m.Apply(t));

    /// <summary><paramref name="bytes"/> with <paramref name="edits"/> applied in turn (text payloads inserted as UTF-8).</summary>
    public static byte[] Apply(byte[] bytes, IEnumerable<Mutation> edits) =>
        edits.Aggregate(bytes, (b, m) => m.Apply(b.ToList()).ToArray());

    private string Apply(string text)
    {
        var at = text.Length == 0 ? 0 : At % (text.Length + 1);
        var length = Math.Min(Length, text.Length - at);
        return Kind switch
        {
            0 when at < text.Length => text[..at] + (char)((text[at] ^ (1 << (Length % 16))) & 0xFFFF) + text[(at + 1)..],
            1 => text.Insert(at, Payload),
            2 => text.Remove(at, length),
            3 => text.Insert(at, text.Substring(at, length)),
            _ => text[..at] + Payload + text[(at + length)..],
        };
    }

    private List<byte> Apply(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : At % (bytes.Count + 1);
        var length = Math.Min(Length, bytes.Count - at);
        switch (Kind)
        {
            case 0 when at < bytes.Count:
                bytes[at] ^= (byte)(1 << (Length % 8));
                break;
            case 1:
                bytes.InsertRange(at, System.Text.Encoding.UTF8.GetBytes(Payload));
                break;
            case 2:
                bytes.RemoveRange(at, length);
                break;
            case 3:
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
            default:
                bytes.RemoveRange(at, length);
                bytes.InsertRange(at, System.Text.Encoding.UTF8.GetBytes(Payload));
                break;
        }

        return bytes;
    }
}
