using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SegRules.Engine.Present;

/// <summary>
/// How every view is written as JSON, by the command line and by the web API alike: camelCase
/// properties in declaration order, decimals exactly as they are, nulls written, text unescaped
/// beyond what JSON needs (a terminal or a browser shows it as text).
/// </summary>
public static class ViewJson
{
    /// <summary>The options, indented for people reading a terminal; the web API uses the same ones.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    /// <summary>Sets <paramref name="options"/> to write views as <see cref="Options"/> does (the web API's own options object).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.WriteIndented = true;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(ViewJsonContext.Default, new DefaultJsonTypeInfoResolver());
        return options;
    }

    /// <summary>Writes <paramref name="view"/> as JSON and a line end to <paramref name="output"/>.</summary>
    public static void Write<T>(T view, TextWriter output) => output.WriteLine(JsonSerializer.Serialize(view, Options));
}
