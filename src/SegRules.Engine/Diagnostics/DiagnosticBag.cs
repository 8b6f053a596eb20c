using SegRules.Engine.Model;

namespace SegRules.Engine.Diagnostics;

/// <summary>Collects every problem a stage finds, so all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The problems so far, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when any problem of error severity was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticLevel.Error);

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Adds a diagnostic at a position.</summary>
    public void Report(SourcePosition position, DiagnosticDescriptor descriptor, params object?[] args) =>
        _items.Add(Diagnostic.At(position, descriptor, args));

    /// <summary>Adds a diagnostic about a whole file (or the run, when <paramref name="file"/> is null).</summary>
    public void ReportFile(string? file, DiagnosticDescriptor descriptor, params object?[] args) =>
        _items.Add(Diagnostic.InFile(file, descriptor, args));

    /// <summary>The problems sorted by file, line and column, for stable output.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Position?.File ?? d.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Position?.Line ?? 0)
            .ThenBy(d => d.Position?.Column ?? 0)
            .ToArray();
}
