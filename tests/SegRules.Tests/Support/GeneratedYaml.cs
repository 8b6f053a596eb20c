using System.Text;

namespace SegRules.Tests.Support;

/// <summary>
/// Seeded YAML documents shaped like balances files (nested mappings, plain, quoted and flow values,
/// comments), each given a few random edits from the characters and pieces YAML treats specially.
/// </summary>
public static class GeneratedYaml
{
    private static readonly string[] Keys = ["firm", "as_of", "values", "7010", "7020", "a.b", "x-y", "_k", "K9"];

    private static readonly string[] Values =
    [
        "3436213699", "-317239096", "+5", ".5", "-.25", "2017-12-26", "Credit Suisse Securities (USA) LLC",
        "Goldman Sachs & Co. LLC", "Wells Fargo, LLC", "Moody's", "5%", "$100", "a b  c", "'quoted # text'",
        "\"double: quoted\"", "{ percent: 5 }", "{amount: 10, percent: 2.5}", "{ }", "null", "true", "0x1F", "1e5",
    ];

    private static readonly string[] Edits =
    [
        " ", "  ", "\t", "#", " #", ":", ": ", ",", "'", "\"", "''", "{", "}", "[", "]", "-", "- ", "&a ", "*a", "!",
        "?", "|", ">", "%", "@", "`", "\\", "~", "\n", "\n  ", "\n    ", "\r", "---", "...", "é", "\u2028", "\u00a0",
    ];

    public static string Document(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append("# a comment\n");
        }

        Mapping(random, text, 0, 0);
        for (var edits = random.Next(3); edits > 0; edits--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    text.Insert(at, Edits[random.Next(Edits.Length)]);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, 1);
                    break;
                default:
                    text.Insert(at, Values[random.Next(Values.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    private static void Mapping(Random random, StringBuilder text, int indent, int depth)
    {
        for (var entries = 1 + random.Next(4); entries > 0; entries--)
        {
            text.Append(' ', indent).Append(Keys[random.Next(Keys.Length)]).Append(':');
            if (depth < 3 && random.Next(4) == 0)
            {
                text.Append(random.Next(3) == 0 ? " # nested\n" : "\n");
                Mapping(random, text, indent + 2 + random.Next(2) * 2, depth + 1);
            }
            else
            {
                text.Append(' ', 1 + random.Next(2)).Append(Values[random.Next(Values.Length)]);
                text.Append(random.Next(5) == 0 ? "  # note\n" : "\n");
            }

            if (random.Next(6) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : new string(' ', indent) + "# between\n");
            }
        }
    }
}
