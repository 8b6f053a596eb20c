using System.Collections;
using System.Reflection;
using SegRules.Engine.Cache;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Cache;

/// <summary>
/// A cache entry carries everything of a form definition: each bundled version written and read back
/// compares equal in every public property, recursively, so a property added to the model and not to
/// the entry fails here instead of vanishing from warm runs.
/// </summary>
public sealed class FormDefinitionCodecTests
{
    public static TheoryData<string> Versions() => [.. new RuleRepository(TestPaths.BundledRules).Versions.Select(v => v.Directory)];

    [Theory]
    [MemberData(nameof(Versions))]
    public void Decode_OfEncode_EqualsTheDefinitionInEveryProperty(string directory)
    {
        var form = RuleRepository.Load(directory, new DiagnosticBag())!;
        var image = new byte[] { 1, 2, 3 };

        var bytes = CacheEntry.Encode(form, image, "stamp", Display);
        var decoded = CacheEntry.Decode(bytes, form.Hash, "stamp", form.Files, Display, out var problem);

        Assert.Equal("", problem);
        Assert.Equal(image, decoded!.Value.Image);
        AssertSame(form, decoded.Value.Form, "form");
    }

    [Fact]
    public void Decode_ForAnotherEngine_IsRefused()
    {
        var form = RuleRepository.Load(TestPaths.CurrentVersion, new DiagnosticBag())!;
        var bytes = CacheEntry.Encode(form, [], "stamp", Display);

        var decoded = CacheEntry.Decode(bytes, form.Hash, "another stamp", form.Files, Display, out var problem);

        Assert.Null(decoded);
        Assert.Contains("another engine", problem, StringComparison.Ordinal);
    }

    private static string Display(string file) => SegRules.Engine.Load.SourceFiles.Display(Path.Combine(TestPaths.CurrentVersion, file));

    private static void AssertSame(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} vs {actual ?? "null"}");
            return;
        }

        var type = expected.GetType();
        Assert.True(type == actual.GetType() || expected is IEnumerable && actual is IEnumerable, $"{path}: {type} vs {actual.GetType()}");
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or DateOnly or LineKey or SourcePosition)
        {
            Assert.True(Equals(expected, actual) && (expected is not decimal d || d.Scale == ((decimal)actual).Scale), $"{path}: {expected} vs {actual}");
            return;
        }

        if (expected is IEnumerable items)
        {
            var left = items.Cast<object?>().ToArray();
            var right = ((IEnumerable)actual).Cast<object?>().ToArray();
            Assert.True(left.Length == right.Length, $"{path}: {left.Length} items vs {right.Length}");
            for (var i = 0; i < left.Length; i++)
            {
                AssertSame(left[i], right[i], $"{path}[{i}]");
            }

            return;
        }

        if (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            foreach (var field in type.GetFields())
            {
                AssertSame(field.GetValue(expected), field.GetValue(actual), $"{path}.{field.Name}");
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            AssertSame(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }
}
