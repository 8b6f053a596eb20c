using System.Globalization;
using SegRules.Engine.Model;

namespace SegRules.Engine.Compile;

/// <summary>
/// The C# source of a form's evaluator and the table that maps its <c>#line</c> directives back to the
/// rule files. A directive never names a file: it names the index of a statement in
/// <see cref="Statements"/> (<c>#line 1 "7"</c>), because a file or folder name is untrusted text and
/// C# has no escapes inside a <c>#line</c> file name (a quote or line break in a folder name would end
/// the directive and let the rest of the name be compiled as code).
/// </summary>
/// <param name="Source">The script's source text.</param>
/// <param name="Statements">The position in the rule files of each statement, by the index its directive names.</param>
internal sealed record GeneratedSource(string Source, IReadOnlyList<SourcePosition> Statements)
{
    /// <summary>
    /// The one way a <c>#line</c> directive is written: the statement's index stands for its file, so the
    /// directive holds only digits that the generator made itself.
    /// </summary>
    public static string LineDirective(int statement) => string.Create(CultureInfo.InvariantCulture, $"#line 1 \"{statement}\"");

    /// <summary>The rule file position of the statement a compiler diagnostic maps to; null when it maps to none.</summary>
    /// <param name="mappedPath">The file name of the diagnostic's mapped location (a statement index).</param>
    public SourcePosition? PositionOf(string mappedPath) =>
        int.TryParse(mappedPath, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Statements.Count
            ? Statements[index]
            : null;
}
