using System.IO.Compression;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SegRules.Engine.Balances;
using SegRules.Engine.Compile;
using SegRules.Engine.Diagnostics;
using SegRules.Engine.Import;
using SegRules.Engine.Load;
using SegRules.Engine.Model;
using SegRules.Engine.Rules;
using SegRules.Tests.Support;

namespace SegRules.Tests.Properties;

/// <summary>
/// Every loader, fed random bytes and random edits of the bundled files (rule files, balances in YAML,
/// JSON, CSV and Excel, a filing's text), either reads the file or reports why not: problems only,
/// each with a file and a position inside it, never an exception.
/// </summary>
public sealed class LoaderFuzzProperties
{
    private static readonly RuleRepository Rules = new(TestPaths.BundledRules);
    private static readonly string SampleYaml = File.ReadAllText(TestPaths.SeedSample);
    private static readonly string FilingText = File.ReadAllText(TestPaths.SeedFiling);
    private static readonly string SampleCsv = SeedTable.Csv();
    private static readonly string SampleJson = JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["firm"] = "Test FCM",
        ["as_of"] = "2017-12-26",
        ["targets"] = new Dictionary<string, object> { ["segregation"] = new Dictionary<string, int> { ["percent"] = 5 } },
        ["values"] = SeedInputs.All.ToDictionary(kv => kv.Key, kv => kv.Value),
    });

    private static readonly (string Path, string Text)[] RuleFiles = Directory.GetFiles(TestPaths.CurrentVersion, "*.yaml")
        .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();

    private static readonly byte[] SampleXlsx = SeedWorkbook();

    [Property(MaxTest = 300)]
    public Property BalancesYaml_RandomEdits_ReadOrReported() =>
        Prop.ForAll(Mutation.Edits.ToArbitrary(), edits =>
            ReadOrReported(bag => BalancesReader.Parse("b.yaml", Mutation.Apply(SampleYaml, edits), bag)));

    [Property(MaxTest = 200)]
    public Property BalancesJson_RandomEdits_ReadOrReported() =>
        Prop.ForAll(Mutation.Edits.ToArbitrary(), edits =>
            ReadOrReported(bag => BalancesReader.Parse("b.json", Mutation.Apply(SampleJson, edits), bag)));

    [Property(MaxTest = 200)]
    public Property BalancesText_RandomNoise_ReadOrReported() =>
        Prop.ForAll(Mutation.NoiseText.ToArbitrary(), text =>
            ReadOrReported(bag => BalancesReader.Parse("b.yaml", text, bag)));

    [Property(MaxTest = 200)]
    public Property BalancesCsv_RandomEdits_ReadOrReported() =>
        Prop.ForAll(Mutation.Edits.ToArbitrary(), edits => ReadOrReported(bag =>
            CsvTable.Parse("b.csv", Mutation.Apply(SampleCsv, edits), bag) is { } rows ? TableBalancesReader.FromRows("b.csv", rows, "", bag) : null));

    [Property(MaxTest = 200)]
    public Property BalancesXlsx_RandomByteEdits_ReadOrReported() =>
        Prop.ForAll(Mutation.Edits.ToArbitrary(), edits => ReadOrReported(bag => Xlsx(Mutation.Apply(SampleXlsx, edits), bag)));

    [Property(MaxTest = 200)]
    public Property BalancesXlsx_RandomEditsOfTheSheetXml_ReadOrReported() =>
        Prop.ForAll(Mutation.Edits.ToArbitrary(), edits => ReadOrReported(bag => Xlsx(WithSheetEdited(edits), bag)));

    [Property(MaxTest = 100)]
    public Property BalancesXlsx_RandomBytes_ReadOrReported() =>
        Prop.ForAll(Mutation.NoiseBytes.ToArbitrary(), bytes => ReadOrReported(bag => Xlsx(bytes, bag)));

    [Property(MaxTest = 150)]
    public Property Filing_RandomEdits_ReadOrReported() =>
        Prop.ForAll(Mutation.Edits.ToArbitrary(), edits =>
            ReadOrReported(bag => new FilingImporter(Rules).Parse("f.txt", Mutation.Apply(FilingText, edits), null, bag)));

    [Property(MaxTest = 150)]
    public Property Filing_RandomNoise_ReadOrReported() =>
        Prop.ForAll(Mutation.NoiseText.ToArbitrary(), text =>
            ReadOrReported(bag => new FilingImporter(Rules).Parse("f.txt", text, null, bag)));

    [Property(MaxTest = 300)]
    public Property RuleSet_RandomEditsOfOneFile_LoadedOrReported() =>
        Prop.ForAll(Gen.Choose(0, RuleFiles.Length - 1).ToArbitrary(), Mutation.Edits.ToArbitrary(), (index, edits) =>
            ReadOrReported(bag => RuleRepository.Load(RuleFileSource.InMemory("fuzz",
                RuleFiles.Select((f, i) => new RuleSetFile(f.Path, i == index ? Mutation.Apply(f.Text, edits) : f.Text))), bag)));

    // A mutated rule set that still validates is compiled too: each costs a Roslyn compilation, so few.
    [Property(MaxTest = 40)]
    public Property RuleSet_RandomEditsThatStillLoad_Compile() =>
        Prop.ForAll(Gen.Choose(0, RuleFiles.Length - 1).ToArbitrary(), Mutation.Edits.ToArbitrary(), (index, edits) =>
        {
            var bag = new DiagnosticBag();
            var form = RuleRepository.Load(RuleFileSource.InMemory("fuzz",
                RuleFiles.Select((f, i) => new RuleSetFile(f.Path, i == index ? Mutation.Apply(f.Text, edits) : f.Text))), bag);
            if (form is not null)
            {
                new FormCompiler().Compile(form);
            }

            return Prop.Classify(true, form is not null, "still loads");
        });

    /// <summary>The property: <paramref name="load"/> returns a value, or reports at least one problem, each positioned in a file.</summary>
    private static bool ReadOrReported(Func<DiagnosticBag, object?> load)
    {
        var bag = new DiagnosticBag();
        var result = load(bag);
        Assert.True(result is not null || bag.Items.Count > 0, "refused without a problem");
        Assert.All(bag.Items, d =>
        {
            Assert.True(d.Position is { Line: >= 1, Column: >= 1 } || (d.Position is null && !string.IsNullOrEmpty(d.File)), "no position: " + d);
            Assert.InRange(d.Message.Length, 1, 2000);
        });
        return true;
    }

    private static IReadOnlyList<TableRow>? XlsxRows(byte[] bytes, DiagnosticBag bag) => XlsxTable.Read(bytes, "b.xlsx", bag);

    private static BalancesFile? Xlsx(byte[] bytes, DiagnosticBag bag) =>
        XlsxRows(bytes, bag) is { } rows ? TableBalancesReader.FromRows("b.xlsx", rows, "", bag) : null;

    private static byte[] WithSheetEdited(Mutation[] edits)
    {
        using var buffer = new MemoryStream();
        buffer.Write(SampleXlsx);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = archive.Entries.Where(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).MaxBy(e => e.Length)!;
            string text;
            using (var reader = new StreamReader(sheet.Open()))
            {
                text = reader.ReadToEnd();
            }

            sheet.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(sheet.FullName).Open(), new System.Text.UTF8Encoding(false, false));
            writer.Write(Mutation.Apply(text, edits));
        }

        return buffer.ToArray();
    }

    private static byte[] SeedWorkbook()
    {
        var path = Path.Combine(Path.GetTempPath(), $"segrules-fuzz-{Guid.NewGuid():N}.xlsx");
        try
        {
            XlsxFile.Write(path, ("balances", SeedTable.Rows.Select(r => new object?[] { r.Key, r.Value }).ToArray()));
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
