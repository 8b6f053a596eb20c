using SegRules.Engine.Balances;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;

namespace SegRules.Benchmarks;

/// <summary>The bundled rules and sample balances, found from the repository root.</summary>
public static class BenchmarkData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string CurrentVersion => Path.Combine(RepoRoot, "rules", "daily-seg", "2014-11-14");

    public static FormDefinition LoadForm()
    {
        var diagnostics = new DiagnosticBag();
        return RuleRepository.Load(CurrentVersion, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    public static StatementInputs LoadInputs(FormDefinition form)
    {
        var diagnostics = new DiagnosticBag();
        var file = BalancesReader.Read(Path.Combine(RepoRoot, "samples", "credit-suisse-2017-12-26.yaml"), diagnostics);
        return (file is null ? null : BalancesBinder.Bind(file, form, diagnostics)) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SegRules.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
