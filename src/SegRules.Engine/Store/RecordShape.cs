using System.Collections;
using System.Reflection;

namespace SegRules.Engine.Store;

/// <summary>
/// Checks that a document read from the store has every part a record must have. LiteDB maps a
/// damaged document's fields to null or leaves them out without complaint, and code reading the
/// record would fail far from the store; here it is one "damaged" problem at the store's boundary.
/// </summary>
internal static class RecordShape
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Returns <paramref name="value"/> when no property that may not be null is, at any depth.</summary>
    /// <exception cref="InvalidDataException">A part is missing.</exception>
    public static T Checked<T>(T value)
    {
        Check(value, typeof(T).Name);
        return value;
    }

    private static void Check(object? value, string where)
    {
        switch (value)
        {
            case null:
                throw new InvalidDataException($"{where} is missing");
            case string or decimal or long or int or DateTime:
                return;
            case IDictionary map:
                foreach (DictionaryEntry entry in map)
                {
                    Check(entry.Value, $"{where}[{entry.Key}]");
                }

                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Check(item, $"{where} item");
                }

                return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var content = property.GetValue(value);
            if (content is not null || Nullability.Create(property).ReadState != NullabilityState.Nullable)
            {
                Check(content, $"{where}.{property.Name}");
            }
        }
    }
}
