using LiteDB;
using SegRules.Engine.Model;

namespace SegRules.Engine.Store;

/// <summary>
/// Reads an evaluation document of either format: a compact record (<see cref="CompactRecord"/>)
/// through the rule set snapshot it names, loaded once per store; a record of the previous release
/// (no format field) through LiteDB's mapper, checked for missing parts. A compact record of an
/// unknown format, or whose snapshot is missing or altered, cannot be read and is reported as damaged.
/// Thread-safe: documents may be read on every core.
/// </summary>
/// <param name="mapper">The store's mapper.</param>
/// <param name="snapshot">The rule set snapshot with a hash; null when there is none.</param>
/// <param name="definition">The form definition of a snapshot; null when it does not load.</param>
internal sealed class RecordFormats(BsonMapper mapper, Func<string, RuleSetSnapshot?> snapshot, Func<RuleSetSnapshot, FormDefinition?> definition)
{
    private readonly Dictionary<string, FormDefinition?> _forms = new(StringComparer.Ordinal);

    /// <summary>The record <paramref name="document"/> holds; see <see cref="CompactRecord.FromDocument"/> for <paramref name="texts"/>.</summary>
    /// <exception cref="InvalidDataException">It cannot be read.</exception>
    public EvaluationRecord Read(BsonDocument document, bool texts)
    {
        if (!document.TryGetValue(CompactRecord.FormatField, out var format))
        {
            return RecordShape.Checked(mapper.ToObject<EvaluationRecord>(document));
        }

        if (!format.IsInt32 || format.AsInt32 != CompactRecord.Format)
        {
            throw new InvalidDataException($"it is in store format {format}, which this SegRules does not read");
        }

        var hash = document.TryGetValue(nameof(EvaluationRecord.RulesetHash), out var value) && value.IsString ? value.AsString : "";
        var form = Form(hash) ?? throw new InvalidDataException($"the rule set snapshot {SnapshotRules.Short(hash)} its figures are laid out by is missing or altered");
        return CompactRecord.FromDocument(document, form, texts);
    }

    // Records are read on every core; the snapshot is read from the store on one thread at a time.
    private FormDefinition? Form(string hash)
    {
        lock (_forms)
        {
            if (!_forms.TryGetValue(hash, out var form))
            {
                form = snapshot(hash) is { } found ? definition(found) : null;
                _forms.Add(hash, form);
            }

            return form;
        }
    }
}
