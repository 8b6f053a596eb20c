using LiteDB;
using SegRules.Engine.Model;

namespace SegRules.Engine.Store;

/// <summary>
/// The stored form of an <see cref="EvaluationRecord"/> since format 1: the queryable fields (firm,
/// as-of date, form, version, rule set hash) and the provenance as plain fields, and the figures in
/// binary fields that name lines and checks by their place in the rule set snapshot. Findings are kept
/// as check, status and the figures of their message; titles, messages, citations, actions and
/// deadlines are rendered from the snapshot when the record is read, exactly as the evaluation worded
/// them; a checksum of the fields (<see cref="CompactChecksum"/>) is checked as it is read. Records of the previous release (one field per line, texts included) have no format field.
/// </summary>
internal static class CompactRecord
{
    /// <summary>The format written now.</summary>
    public const int Format = 1;

    /// <summary>The field holding the format; absent in a record of the previous release.</summary>
    public const string FormatField = "f";

    // The most figures a record's count is trusted for when sizing what it is read into: a damaged
    // count is then refused as the field runs out, not by allocating for it.
    private const int SourceFigureLimit = 1024;

    private const string Fired = "fired";
    private const string NotEvaluated = "not-evaluated";

    /// <summary>The document of <paramref name="record"/>, whose lines and checks are those of <paramref name="form"/>.</summary>
    public static BsonDocument ToDocument(EvaluationRecord record, FormDefinition form)
    {
        var layout = CompactLayout.Of(form);
        var document = new BsonDocument
        {
            [nameof(EvaluationRecord.Firm)] = record.Firm,
            [nameof(EvaluationRecord.AsOf)] = record.AsOf,
            [nameof(EvaluationRecord.Form)] = record.Form,
            [nameof(EvaluationRecord.Version)] = record.Version,
            [nameof(EvaluationRecord.RulesetHash)] = record.RulesetHash,
            [FormatField] = Format,
            ["l"] = Lines(record.Lines, layout),
            ["k"] = Findings(record.Findings, layout),
            ["sf"] = record.SourceFile,
            ["sh"] = record.SourceHash,
            ["at"] = record.EvaluatedAt,
            ["u"] = record.User,
            ["h"] = record.Host,
            ["e"] = record.EngineVersion,
        };
        if (record.Statements is { } statements)
        {
            document["st"] = new BsonArray(statements.Select(s => new BsonValue(s)));
        }

        // Absent when empty: most balances give no targets, supplemental or filed figures.
        Optional(document, "i", record.Inputs.Count, () => Figures(record.Inputs, layout));
        Optional(document, "t", record.Targets.Count, () => Targets(record.Targets));
        Optional(document, "p", record.Supplementals.Count, () => Figures(record.Supplementals, layout));
        Optional(document, "d", record.Filed.Count, () => Figures(record.Filed, layout));
        document[CompactChecksum.Field] = CompactChecksum.Of(document);
        return document;
    }

    /// <summary>
    /// The record <paramref name="document"/> holds, its lines and checks read with <paramref name="form"/>
    /// (the snapshot it names). Without <paramref name="texts"/> the findings carry check, status,
    /// severity, figures and reads but no words, for comparing them.
    /// </summary>
    /// <exception cref="InvalidDataException">A field is missing or does not decode.</exception>
    public static EvaluationRecord FromDocument(BsonDocument document, FormDefinition form, bool texts)
    {
        var layout = CompactLayout.Of(form);
        var record = new EvaluationRecord
        {
            Id = document["_id"].AsInt64,
            Firm = Text(document, nameof(EvaluationRecord.Firm)),
            AsOf = Text(document, nameof(EvaluationRecord.AsOf)),
            Form = Text(document, nameof(EvaluationRecord.Form)),
            Version = Text(document, nameof(EvaluationRecord.Version)),
            RulesetHash = Text(document, nameof(EvaluationRecord.RulesetHash)),
            Statements = document.TryGetValue("st", out var statements)
                ? statements.IsArray && statements.AsArray.All(s => s.IsString) ? statements.AsArray.Select(s => s.AsString).ToList() : throw new InvalidDataException("its statements are damaged")
                : null,
            Inputs = Figures(Blob(document, "i", "input figures", required: false), layout),
            Targets = Targets(Blob(document, "t", "targets", required: false)),
            Supplementals = Figures(Blob(document, "p", "supplemental figures", required: false), layout),
            Filed = Figures(Blob(document, "d", "filed figures", required: false), layout),
            Lines = Lines(Blob(document, "l", "line values", required: true), layout),
            Findings = Findings(Blob(document, "k", "findings", required: true), layout, texts),
            SourceFile = Text(document, "sf"),
            SourceHash = Text(document, "sh"),
            EvaluatedAt = document.TryGetValue("at", out var at) && at.IsDateTime ? at.AsDateTime : throw new InvalidDataException("its evaluation time is missing"),
            User = Text(document, "u"),
            Host = Text(document, "h"),
            EngineVersion = Text(document, "e"),
        };

        // Checked once every field has decoded, so that a field that does not is named as such.
        return CompactChecksum.Holds(document) ? record : throw new InvalidDataException("its contents no longer match its checksum: a byte of it was changed");
    }

    private static void Optional(BsonDocument document, string field, int count, Func<byte[]> blob)
    {
        if (count > 0)
        {
            document[field] = blob();
        }
    }

    private static string Text(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value) && value.IsString ? value.AsString : throw new InvalidDataException($"its field {field} is missing");

    private static CompactReader? Blob(BsonDocument document, string field, string what, bool required) =>
        document.TryGetValue(field, out var value)
            ? value.IsBinary ? new CompactReader(value.AsBinary, what) : throw new InvalidDataException($"its {what} are damaged: not binary")
            : required ? throw new InvalidDataException($"its {what} are missing") : null;

    // A figure's key: its value slot plus one when the rule set has a line of exactly that name, else 0 and the name.
    private static void Key(CompactWriter writer, string key, CompactLayout layout)
    {
        var slot = layout.Slot(key);
        writer.Count(slot + 1);
        if (slot < 0)
        {
            writer.Text(key);
        }
    }

    private static string Key(CompactReader reader, CompactLayout layout)
    {
        var slot = reader.Count(layout.Keys.Count + 1);
        return slot == 0 ? reader.Text() : layout.Keys[slot - 1].Value;
    }

    private static byte[] Figures(Dictionary<string, decimal> figures, CompactLayout layout)
    {
        var writer = new CompactWriter();
        writer.Count(figures.Count);
        foreach (var (key, value) in figures)
        {
            Key(writer, key, layout);
            writer.Decimal(value);
        }

        return writer.ToArray();
    }

    private static Dictionary<string, decimal> Figures(CompactReader? reader, CompactLayout layout)
    {
        if (reader is null)
        {
            return new Dictionary<string, decimal>(StringComparer.Ordinal);
        }

        var count = reader.Count();
        var figures = new Dictionary<string, decimal>(Math.Min(count, SourceFigureLimit), StringComparer.Ordinal);
        for (; count > 0; count--)
        {
            if (!figures.TryAdd(Key(reader, layout), reader.Decimal()))
            {
                throw reader.Damaged("a figure is given twice");
            }
        }

        reader.End();
        return figures;
    }

    private static byte[] Targets(List<TargetRecord> targets)
    {
        var writer = new CompactWriter();
        writer.Count(targets.Count);
        foreach (var target in targets)
        {
            writer.Text(target.Pool);
            writer.Text(target.Choice);
            writer.Count(target.Figures.Count);
            target.Figures.ForEach(writer.Decimal);
        }

        return writer.ToArray();
    }

    private static List<TargetRecord> Targets(CompactReader? reader)
    {
        var targets = new List<TargetRecord>();
        for (var count = reader?.Count() ?? 0; count > 0; count--)
        {
            var target = new TargetRecord { Pool = reader!.Text(), Choice = reader.Text() };
            for (var figures = reader.Count(); figures > 0; figures--)
            {
                target.Figures.Add(reader.Decimal());
            }

            targets.Add(target);
        }

        reader?.End();
        return targets;
    }

    // The number of statement lines, a bit per line (set when the record has its value: only the lines
    // of the statements held are evaluated), then the values in slot order.
    private static byte[] Lines(Dictionary<string, decimal> lines, CompactLayout layout)
    {
        var writer = new CompactWriter();
        writer.Count(layout.LineCount);
        var held = new byte[(layout.LineCount + 7) / 8];
        var values = new decimal[lines.Count];
        var found = 0;
        for (var slot = 0; slot < layout.LineCount && found < values.Length; slot++)
        {
            if (lines.TryGetValue(layout.Keys[slot].Value, out var value))
            {
                held[slot / 8] |= (byte)(1 << (slot % 8));
                values[found++] = value;
            }
        }

        // Each statement line's key is found once, so a key left over is not a statement line.
        if (found < values.Length)
        {
            var stray = lines.Keys.First(k => layout.Slot(k) is var slot && (slot < 0 || slot >= layout.LineCount));
            throw new InvalidOperationException($"line {stray} is not a statement line of {layout.Form.Info.Form} {layout.Form.Info.Version}");
        }

        writer.Bytes(held);
        foreach (var value in values)
        {
            writer.Decimal(value);
        }

        return writer.ToArray();
    }

    private static Dictionary<string, decimal> Lines(CompactReader? reader, CompactLayout layout)
    {
        if (reader!.Count() != layout.LineCount)
        {
            throw reader.Damaged($"they are not the {layout.LineCount} lines of the rule set");
        }

        var held = reader.Bytes((layout.LineCount + 7) / 8);
        var lines = new Dictionary<string, decimal>(layout.LineCount, StringComparer.Ordinal);
        for (var slot = 0; slot < layout.LineCount; slot++)
        {
            if ((held[slot / 8] & (1 << (slot % 8))) != 0)
            {
                lines.Add(layout.Keys[slot].Value, reader.Decimal());
            }
        }

        reader.End();
        return lines;
    }

    // Per finding: the check's place, its status (0 fired, 1 not evaluated), its message's figures
    // and the supplemental figures it lacked.
    private static byte[] Findings(List<FindingRecord> findings, CompactLayout layout)
    {
        var writer = new CompactWriter();
        writer.Count(findings.Count);
        foreach (var finding in findings)
        {
            writer.Count(layout.Check(finding.Check));
            writer.Byte(finding.Status == Fired ? (byte)0 : (byte)1);
            var figures = finding.Figures ?? throw new InvalidOperationException($"finding {finding.Check} has no figures to store");
            writer.Count(figures.Count);
            figures.ForEach(writer.Decimal);
            writer.Count(finding.Missing.Count);
            finding.Missing.ForEach(key => writer.Count(layout.Slot(key) is >= 0 and var slot ? slot : throw new InvalidOperationException($"finding {finding.Check} lacks {key}, which is not in the rule set")));
        }

        return writer.ToArray();
    }

    private static List<FindingRecord> Findings(CompactReader? reader, CompactLayout layout, bool texts)
    {
        var findings = new List<FindingRecord>();
        for (var count = reader!.Count(); count > 0; count--)
        {
            var check = layout.Checks[reader.Count(layout.Checks.Count)];
            var fired = reader.Byte() switch
            {
                0 => true,
                1 => false,
                _ => throw reader.Damaged("a finding has a status SegRules does not write"),
            };
            var figures = Enumerable.Range(0, reader.Count()).Select(_ => reader.Decimal()).ToList();
            var missing = Enumerable.Range(0, reader.Count()).Select(_ => layout.Keys[reader.Count(layout.Keys.Count)].Value).ToList();
            if (figures.Count != (fired ? check.Message.Placeholders.Count : 0))
            {
                throw reader.Damaged($"finding {check.Id} has {figures.Count} figure(s) for its message");
            }

            var finding = new FindingRecord
            {
                Check = check.Id.Value,
                Status = fired ? Fired : NotEvaluated,
                Severity = (fired ? check.Severity : Severity.Info).ToString().ToLowerInvariant(),
                Reads = check.Reads.Select(k => k.Value).ToList(),
                Missing = missing,
                Figures = figures,
            };
            findings.Add(texts ? finding.Worded(layout.Form) : finding);
        }

        reader.End();
        return findings;
    }
}
