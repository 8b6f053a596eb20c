using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Rules;

namespace SegRules.Engine.Import;

/// <summary>
/// Reads balances from any file SegRules takes, chosen by its extension: <c>.csv</c> a CSV table,
/// <c>.xlsx</c> an Excel sheet, <c>.txt</c> the text of a filing (sorted into inputs and filed
/// figures by the rules version in force on its End Date), anything else YAML or JSON.
/// </summary>
public static class BalancesSources
{
    /// <summary>Reads <paramref name="path"/>; null with every problem reported when it cannot be used.</summary>
    /// <param name="path">The balances file.</param>
    /// <param name="rules">The rules, which a filing needs to tell inputs from computed lines.</param>
    /// <param name="requestedVersion">A version id that overrides selection by date.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static BalancesFile? Read(string path, RuleRepository rules, string? requestedVersion, DiagnosticBag diagnostics) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => TableBalancesReader.ReadCsv(path, diagnostics),
            ".xlsx" => TableBalancesReader.ReadXlsx(path, diagnostics),
            ".txt" => new FilingImporter(rules).Import(path, requestedVersion, diagnostics)?.Balances,
            _ => BalancesReader.Read(path, diagnostics),
        };
}
